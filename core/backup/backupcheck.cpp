#include "core/backup/backupcheck.h"

#include "core/storage/migrations.h"
#include "core/storage/sqlite/sqlitehandle.h"
#include "core/storage/storageerror.h"

#include <QFileInfo>

namespace zhibiao {

namespace {

BackupCheck refused(const QString &problem, int schemaVersion = 0)
{
    return BackupCheck{false, schemaVersion, problem};
}

} // namespace

BackupCheck BackupCheck::of(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return refused(tr("The backup file is missing."));
    try {
        const SqliteConnection connection = openSqliteFile(path, SqliteAccess::ReadOnly);
        if (sqliteSingleValue(connection.get(), "PRAGMA application_id").toInt() != ApplicationId)
            return refused(tr("It is not a Zhibiao database."));
        const int version = sqliteSingleValue(connection.get(), "PRAGMA user_version").toInt();
        if (version < 1 || version > latestSchemaVersion())
            return refused(tr("Its data format (%1) is not one this version reads.").arg(version), version);
        // The full check, not quick_check: a backup is the last copy someone
        // relies on, and it is small.
        const QString integrity = sqliteSingleValue(connection.get(), "PRAGMA integrity_check");
        if (integrity != QLatin1String("ok"))
            return refused(tr("It is damaged: %1").arg(integrity), version);
        return BackupCheck{true, version, {}};
    } catch (const StorageError &error) {
        return refused(tr("It is damaged: %1").arg(error.message()));
    }
}

} // namespace zhibiao
