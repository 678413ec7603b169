#include "core/storage/schemamigration.h"

#include "core/backup/backupset.h"
#include "core/storage/database.h"
#include "core/storage/databaseengine.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QSqlDatabase>

namespace zhibiao {

void migrateSchema(Database &database, std::span<const Migration> steps, int backupsToKeep)
{
    const QSqlDatabase db = database.connection();
    DatabaseEngine &engine = database.engine();
    const QString path = database.path();
    const int current = database.schemaVersion();
    // A file with a schema holds someone's figures: keep a copy of it as it
    // was before changing its format. A new file (version 0) has nothing to
    // lose. A server's steps are transactions of PostgreSQL's, DDL
    // included: one that fails leaves no trace (its backups are the
    // administrator's, docs/server.md).
    if (!database.isServer() && current > 0 && current < steps.back().version) {
        try {
            BackupSet(path, backupsToKeep).take(db, BackupReason::BeforeMigration);
        } catch (const StorageError &error) {
            throw StorageError(StorageError::Code::BackupFailed,
                               Database::tr("%1 was not updated to the new data format because it could not be backed up "
                                  "first. %2")
                                   .arg(QDir::toNativeSeparators(path), error.message()));
        }
    }
    for (const Migration &step : steps) {
        if (step.version <= current)
            continue;
        const Database::ReferencesUnchecked unchecked(database, step.rebuildsTables);
        Transaction transaction(database);
        // A second instance opening the same old database may have run this
        // step while this one waited for the write lock.
        if (database.schemaVersion() >= step.version)
            continue;
        for (const QString &statement : step.statementsFor(engine.kind()))
            execStatement(db, engine.schemaStatement(statement));
        if (step.rebuildsTables)
            engine.requireValidReferences(db);
        engine.recordSchemaVersion(db, step.version);
        transaction.commit();
    }
}

} // namespace zhibiao
