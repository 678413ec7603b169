#pragma once

#include <QString>

namespace zhibiao {

// How a checked file may be opened.
struct FileAccess
{
    // The file, or the folder its log and journal would be made in, cannot
    // be written: it opens with SQLite's read-only flag, and nothing
    // migrates, seeds or writes it.
    bool readOnly = false;
    // Read-only, a WAL file, in a folder that cannot be written and with no
    // log beside it: SQLite could neither make nor find the log's shared
    // index and would not open the file, so it is told the file does not
    // change while open (immutable=1: no locks, no index). Nobody writes in
    // a WAL mode there without a log beside the file; one who starts to
    // while it is open may show this window stale or refused reads, never
    // a changed file.
    bool immutable = false;
};

// Whether path (a file, or the folder of a file to create) may be written.
// The owner's write bit counts even for root, who could write anyway: a
// file or folder marked read-only is one its user wants left alone.
bool isWritablePlace(const QString &path);

// Checks, before anything opens it for writing, that path is a file Zhibiao
// may open: missing (a new database, in a folder that exists), empty, an
// empty SQLite file, or a Zhibiao database of a schema version up to
// latestVersion that passes SQLite's quick check. Throws StorageError saying
// why otherwise (foreign, newer, damaged, a folder; a read-only file that
// would need creating, seeding or upgrading). Every check reads only: a
// file that fails one is left byte for byte as it was.
FileAccess verifyDatabaseFile(const QString &path, int latestVersion);

// The database name and connect options of a read-only QSQLITE connection
// to path, as access says.
struct ReadOnlyConnection
{
    QString databaseName;
    QString connectOptions;
};
ReadOnlyConnection readOnlyConnection(const QString &path, const FileAccess &access);

} // namespace zhibiao
