#include "core/storage/database.h"

#include "core/storage/databasefile.h"
#include "core/storage/schemamigration.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace zhibiao {

using namespace Qt::StringLiterals;

Database::Database(const QString &path, std::span<const Migration> steps, int backupsToKeep)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(uniqueConnectionName(u"main"))
    , m_migrations(steps)
    , m_backupsToKeep(backupsToKeep)
    , m_checkpointer(m_path)
{
    verifyDatabaseFile(m_path, m_migrations.back().version);
    try {
        openConnection();
        migrate();
    } catch (...) {
        closeConnection(); // the destructor does not run for a throwing constructor
        throw;
    }
}

Database::Database(SecondConnection second)
    : m_path(second.first.path())
    , m_connectionName(uniqueConnectionName(u"second"))
    , m_migrations(second.first.m_migrations)
    , m_backupsToKeep(second.first.m_backupsToKeep)
    , m_checkpointsAfterLargeWrites(false)
    , m_checkpointer(m_path)
{
    try {
        openConnection();
    } catch (...) {
        closeConnection(); // the destructor does not run for a throwing constructor
        throw;
    }
}

Database::~Database()
{
    m_checkpointer.wait();
    closeConnection();
}

// SQLite's default: the log is copied into the file once it holds 1000 pages.
constexpr int DefaultAutoCheckpointPages = 1000;

Database::LargeWrite::LargeWrite(Database &database)
    : m_database(database)
{
    execStatement(m_database.connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
}

Database::LargeWrite::~LargeWrite()
{
    try {
        execStatement(m_database.connection(),
                      u"PRAGMA wal_autocheckpoint = "_s + QString::number(DefaultAutoCheckpointPages));
        if (m_database.m_checkpointsAfterLargeWrites)
            m_database.checkpointInBackground();
    } catch (const std::exception &) {
        // A destructor must not throw. Left at 0, the log still gets copied
        // by the next large write's checkpoint and when the file is closed.
    }
}

void Database::checkpointInBackground()
{
    m_checkpointer.start();
}

void Database::waitForCheckpoint()
{
    m_checkpointer.wait();
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
    QSqlQuery query = execStatement(connection(), u"PRAGMA user_version"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

void Database::migrate()
{
    migrateSchema(*this, m_migrations, m_backupsToKeep);
}

void Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        throw StorageError(StorageError::Code::CannotOpen,
                           tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    // Wait for another writer rather than fail at once; enforce the schema's
    // references; WAL with FULL sync keeps every committed figure through a
    // crash or a power cut.
    execStatement(db, u"PRAGMA busy_timeout = 5000"_s);
    execStatement(db, u"PRAGMA foreign_keys = ON"_s);
    execStatement(db, u"PRAGMA journal_mode = WAL"_s);
    execStatement(db, u"PRAGMA synchronous = FULL"_s);
}

Database::ReferencesUnchecked::ReferencesUnchecked(const QSqlDatabase &connection, bool unchecked)
    : m_connection(connection)
    , m_unchecked(unchecked)
{
    // The pragma does nothing inside a transaction: a migration runs outside one.
    if (m_unchecked)
        execStatement(m_connection, u"PRAGMA foreign_keys = OFF"_s);
}

Database::ReferencesUnchecked::~ReferencesUnchecked()
{
    if (!m_unchecked)
        return;
    // Not thrown from a destructor: a connection left without the checks
    // still refuses no valid write, and the next opening turns them on.
    QSqlQuery on(m_connection);
    on.exec(u"PRAGMA foreign_keys = ON"_s);
}

} // namespace zhibiao
