#include "app/backup/dailybackup.h"

#include "app/backup/backupstokeep.h"
#include "core/backup/backupset.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

namespace zhibiao {

QString DailyBackup::takeIfDue(Workspace &workspace, const QDateTime &now)
{
    try {
        BackupSet(workspace.database().path(), backupsToKeep()).takeDailyIfDue(workspace.database().connection(), now);
        return {};
    } catch (const StorageError &error) {
        return tr("Today's backup could not be made: %1").arg(error.message());
    }
}

} // namespace zhibiao
