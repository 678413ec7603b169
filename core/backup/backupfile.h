#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace zhibiao {

class Database;

// Writes a copy of an open database to a file, all or nothing: the copy is
// made in a temporary file beside the target with SQLite's online backup
// API, checked, synced and only then renamed over the target. A failed copy
// leaves no file behind and an existing target untouched.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::BackupFile)

public:
    // Copies source (an open QSQLITE connection, which may keep being used)
    // to path. source must not be inside a write transaction: the copy
    // would include its uncommitted changes. The copy is a single self-contained file (rollback journal,
    // not WAL). Throws StorageError (BackupFailed) naming path.
    static void write(const QSqlDatabase &source, const QString &path);
    // The same for any open database. A server's is copied row by row from
    // one snapshot of it (DatabaseCopy) into a new Zhibiao file, which opens
    // on any desk and can be uploaded again: one backup format for both engines.
    static void write(Database &source, const QString &path);

private:
    // Runs copyInto(partial) on a temporary file beside path and renames it
    // over path when copyInto returns no reason to fail; originalFile (may be
    // empty) gives the copy its permissions.
    static void write(const QString &path, const QString &originalFile,
                      const std::function<QString(const QString &partial)> &copyInto);
};

} // namespace zhibiao
