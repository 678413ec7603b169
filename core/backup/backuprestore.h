#pragma once

#include "core/backup/backup.h"

#include <QCoreApplication>
#include <QDateTime>

namespace zhibiao {

class BackupSet;
class Database;
class Workspace;

// Puts a backup's content back into the open database. Checks the backup
// first (BackupCheck), backs up the current state (BeforeRestore, so the
// restore itself can be undone by restoring that), then copies the backup
// into the open connection with the online backup API: one write
// transaction, so the file holds either the old or the restored content,
// never a mix. An older data format is migrated; the workspace re-reads
// the district. Views must reload everything afterwards.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::BackupRestore)

public:
    // Returns the backup of the replaced state. Throws StorageError
    // (BackupFailed) when the backup is not restorable or the copy fails;
    // the open database is then unchanged.
    static Backup restore(Workspace &workspace, BackupSet &backups, const Backup &backup,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same on a bare Database; whoever holds data read from it must
    // read it again.
    static Backup restore(Database &database, BackupSet &backups, const Backup &backup,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace zhibiao
