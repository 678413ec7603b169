#include "core/storage/database.h"

#include "core/storage/databaseengine.h"
#include "core/storage/schemamigration.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QStandardPaths>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// A window or a command finds a server's schema in place: creating and
// upgrading it is the administrator's (zhibiao server init).
void requireServerSchema(const Database &database, int latestVersion)
{
    const int version = database.schemaVersion();
    const QString name = database.location().displayName();
    if (version == 0)
        throw StorageError(StorageError::Code::NotInitialized,
                           Database::tr("The database %1 holds no Zhibiao data yet. Its administrator prepares it "
                                        "with: zhibiao server init --db %1")
                               .arg(name));
    if (version < latestVersion)
        throw StorageError(StorageError::Code::NotInitialized,
                           Database::tr("The database %1 is in an older Zhibiao data format (%2; this version needs "
                                        "%3). Its administrator brings it up to date with: zhibiao server init --db %1")
                               .arg(name)
                               .arg(version)
                               .arg(latestVersion));
}

} // namespace

Database::Database(const DatabaseLocation &location, std::span<const Migration> steps, int backupsToKeep,
                   SchemaChanges schemaChanges)
    : m_location(location)
    , m_engine(makeDatabaseEngine(location))
    , m_connectionName(uniqueConnectionName(u"main"))
    , m_migrations(steps)
    , m_backupsToKeep(backupsToKeep)
{
    try {
        openConnection(true);
        if (m_location.isServer() && schemaChanges == SchemaChanges::OnFilesOnly)
            requireServerSchema(*this, m_migrations.back().version);
        m_versionWhenOpened = schemaVersion();
        migrate();
    } catch (...) {
        closeConnection(); // the destructor does not run for a throwing constructor
        throw;
    }
}

Database::Database(const QString &path, std::span<const Migration> steps, int backupsToKeep)
    : Database(DatabaseLocation::file(path), steps, backupsToKeep)
{
}

Database::Database(SecondConnection second)
    : m_location(second.first.location())
    , m_engine(second.first.engine().forSecondConnection())
    , m_connectionName(uniqueConnectionName(u"second"))
    , m_migrations(second.first.m_migrations)
    , m_backupsToKeep(second.first.m_backupsToKeep)
{
    try {
        openConnection(false);
    } catch (...) {
        closeConnection(); // the destructor does not run for a throwing constructor
        throw;
    }
}

Database::~Database()
{
    m_engine->waitForBackgroundWork();
    closeConnection();
}

Database::LargeWrite::LargeWrite(Database &database)
    : m_database(database)
{
    m_database.engine().beginLargeWrite(m_database.connection());
}

Database::LargeWrite::~LargeWrite()
{
    try {
        m_database.engine().endLargeWrite(m_database.connection(), true);
    } catch (const std::exception &) {
        // A destructor must not throw. Left off, SQLite's log still gets
        // copied by the next large write's checkpoint and when the file is closed.
    }
}

void Database::checkpointInBackground()
{
    m_engine->finishInBackground();
}

void Database::waitForCheckpoint()
{
    m_engine->waitForBackgroundWork();
}

void Database::closeConnection()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/zhibiao.sqlite"_s;
}

int Database::schemaVersion() const
{
    return m_engine->schemaVersion(connection());
}

bool Database::isReadOnly() const
{
    return m_engine->isReadOnly();
}

bool Database::isConnected() const
{
    return m_engine->isConnected(connection());
}

void Database::reconnect()
{
    closeConnection();
    m_transactionDepth = 0;
    // A failed attempt leaves a closed connection of the engine's driver,
    // so that every statement until the next attempt is refused as lost.
    openConnection(false);
}

void Database::migrate()
{
    // The check before opening refused a read-only file that needs a step.
    if (isReadOnly())
        return;
    migrateSchema(*this, m_migrations, m_backupsToKeep);
}

void Database::openConnection(bool verify)
{
    m_engine->open(m_connectionName, verify, m_migrations.back().version);
}

Database::ReferencesUnchecked::ReferencesUnchecked(Database &database, bool unchecked)
    : m_database(database)
    , m_unchecked(unchecked)
{
    if (m_unchecked)
        m_database.engine().setReferenceChecks(m_database.connection(), false);
}

Database::ReferencesUnchecked::~ReferencesUnchecked()
{
    // The engine does not throw here: a connection left without the checks
    // still refuses no valid write, and the next opening turns them on.
    if (m_unchecked)
        m_database.engine().setReferenceChecks(m_database.connection(), true);
}

} // namespace zhibiao
