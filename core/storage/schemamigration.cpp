#include "core/storage/schemamigration.h"

#include "core/backup/backupset.h"
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QSqlDatabase>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Throws StorageError when a row refers to one that does not exist.
void requireValidReferences(const QSqlDatabase &connection, const QString &path)
{
    QSqlQuery check = execStatement(connection, u"PRAGMA foreign_key_check"_s);
    if (check.next()) {
        throw StorageError(StorageError::Code::Corrupt,
                           Database::tr("%1 was not updated to the new data format: its table %2 refers to a row of %3 that "
                              "does not exist. The file was left as it was.")
                               .arg(QDir::toNativeSeparators(path), check.value(0).toString(),
                                    check.value(2).toString()));
    }
}

} // namespace

void migrateSchema(Database &database, std::span<const Migration> steps, int backupsToKeep)
{
    const QSqlDatabase db = database.connection();
    const QString path = database.path();
    const int current = database.schemaVersion();
    // A file with a schema holds someone's figures: keep a copy of it as it
    // was before changing its format. A new file (version 0) has nothing to lose.
    if (current > 0 && current < steps.back().version) {
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
        const Database::ReferencesUnchecked unchecked(db, step.rebuildsTables);
        Transaction transaction(database);
        // A second instance opening the same old file may have run this
        // step while this one waited for the write lock.
        if (database.schemaVersion() >= step.version)
            continue;
        for (const QString &statement : step.statements)
            execStatement(db, statement);
        if (step.rebuildsTables)
            requireValidReferences(db, path);
        // Both pragmas live in the file header and commit with the step.
        execStatement(db, u"PRAGMA application_id = "_s + QString::number(ApplicationId));
        execStatement(db, u"PRAGMA user_version = "_s + QString::number(step.version));
        transaction.commit();
    }
}

} // namespace zhibiao
