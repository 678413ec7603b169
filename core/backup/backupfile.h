#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace zhibiao {

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
};

} // namespace zhibiao
