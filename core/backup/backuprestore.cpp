#include "core/backup/backuprestore.h"

#include "core/backup/backupcheck.h"
#include "core/backup/backupset.h"
#include "core/storage/sqlite/sqlitehandle.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QDir>

namespace zhibiao {

Backup BackupRestore::restore(Workspace &workspace, BackupSet &backups, const Backup &backup, const QDateTime &now)
{
    const Backup undo = restore(workspace.database(), backups, backup, now);
    workspace.reload();
    return undo;
}

Backup BackupRestore::restore(Database &database, BackupSet &backups, const Backup &backup, const QDateTime &now)
{
    const QString shownBackup = QDir::toNativeSeparators(backup.path);
    const BackupCheck check = BackupCheck::of(backup.path);
    if (!check.restorable)
        throw StorageError(StorageError::Code::BackupFailed,
                           tr("The backup %1 cannot be restored. %2").arg(shownBackup, check.problem));
    // The copy replaces the whole file; a write scope still open would be
    // lost with it.
    if (database.inTransaction())
        throw StorageError(StorageError::Code::BackupFailed,
                           tr("The backup %1 cannot be restored while changes are being saved.").arg(shownBackup));

    // Not pruned yet: the backup being restored may be the oldest one.
    const Backup undo =
        backups.take(database.connection(), BackupReason::BeforeRestore, now, BackupSet::Pruning::KeepAll);
    try {
        const SqliteConnection source = openSqliteFile(backup.path, SqliteAccess::ReadOnly);
        copySqliteDatabase(source.get(), nativeHandle(database.connection()));
    } catch (const StorageError &error) {
        throw StorageError(StorageError::Code::BackupFailed,
                           tr("The backup %1 could not be restored; the database is unchanged. %2")
                               .arg(shownBackup, error.message()));
    }
    // The open connection keeps its WAL mode and settings; an older backup's
    // data format is brought up to date like any older file.
    database.migrate();
    backups.prune(now);
    return undo;
}

} // namespace zhibiao
