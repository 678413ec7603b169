#include "app/backup/dailybackup.h"

#include "app/backup/backupstokeep.h"
#include "core/backup/backupset.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

namespace zhibiao {

QString DailyBackup::takeIfDue(Workspace &workspace, const QDateTime &now)
{
    // A server's backups are its administrator's (docs/server.md): the
    // server keeps no backup folder beside a file.
    if (workspace.database().isServer())
        return {};
    // A read-only file does not change here: there is nothing new to keep,
    // and its folder may not take a backup.
    if (workspace.database().isReadOnly())
        return {};
    try {
        BackupSet(workspace.database().path(), backupsToKeep()).takeDailyIfDue(workspace.database().connection(), now);
        return {};
    } catch (const StorageError &error) {
        return tr("Today's backup could not be made: %1").arg(error.message());
    }
}

} // namespace zhibiao
