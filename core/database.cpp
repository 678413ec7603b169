#include "database.h"

#include "backupset.h"
#include "migrations.h"
#include "sqlquery.h"
#include "storageerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <atomic>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

QString uniqueConnectionName(QStringView purpose)
{
    static std::atomic<int> counter = 0;
    return u"zhibiao-"_s + purpose + u'-' + QString::number(++counter);
}

// What a read-only look at an existing file found, before anything writes.
struct FileProbe
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    QString quickCheck;
};

FileProbe probeReadOnly(const QString &path)
{
    const QString name = uniqueConnectionName(u"probe");
    FileProbe probe;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        const bool opened = db.open();
        const QString openError = db.lastError().text();
        try {
            if (!opened)
                throw StorageError(StorageError::Code::CannotOpen,
                                   Database::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), openError));
            auto single = [&](const QString &sql) {
                QSqlQuery query = execStatement(db, sql);
                return query.next() ? query.value(0) : QVariant();
            };
            probe.applicationId = single(u"PRAGMA application_id"_s).toInt();
            probe.userVersion = single(u"PRAGMA user_version"_s).toInt();
            probe.objectCount = single(u"SELECT count(*) FROM sqlite_master"_s).toInt();
            if (probe.applicationId == ApplicationId)
                probe.quickCheck = single(u"PRAGMA quick_check"_s).toString();
        } catch (const StorageError &error) {
            db.close();
            if (error.code() == StorageError::Code::CannotOpen)
                throw;
            // Any failure to read the header pages means the file is damaged.
            probe.quickCheck = error.message();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static constexpr char magic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
    return file.read(sizeof magic) == QByteArray(magic, sizeof magic);
}

} // namespace

Database::Database(const QString &path, std::span<const Migration> steps)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(uniqueConnectionName(u"main"))
    , m_migrations(steps)
    , m_checkpointer(m_path)
{
    verifyExistingFile();
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

// Every check here reads only: a file that fails one is left byte for byte
// as it was.
void Database::verifyExistingFile() const
{
    const QFileInfo info(m_path);
    const QString shownPath = QDir::toNativeSeparators(m_path);
    if (!info.exists()) {
        if (!info.dir().exists())
            throw StorageError(StorageError::Code::MissingFolder,
                               tr("Cannot create %1: the folder %2 does not exist.")
                                   .arg(shownPath, QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.isDir())
        throw StorageError(StorageError::Code::CannotOpen, tr("%1 is a folder, not a database file.").arg(shownPath));
    if (!info.isReadable())
        throw StorageError(StorageError::Code::CannotOpen, tr("%1 cannot be read: permission denied.").arg(shownPath));
    if (info.size() == 0)
        return; // an empty file is a new database
    if (!hasSqliteHeader(m_path))
        throw StorageError(StorageError::Code::NotADatabase,
                           tr("%1 is not a Zhibiao database (it is not an SQLite file).").arg(shownPath));
    // The owner's write bit counts even for root, who could write anyway:
    // a file marked read-only is one the user wants left alone.
    if (!info.isWritable() || !info.permission(QFile::WriteOwner))
        throw StorageError(StorageError::Code::ReadOnly,
                           tr("%1 is read-only. Copy it to a folder you can write to, or ask for write permission.")
                               .arg(shownPath));

    const FileProbe probe = probeReadOnly(m_path);
    if (probe.applicationId != ApplicationId) {
        if (probe.applicationId == 0 && probe.objectCount == 0 && probe.quickCheck.isEmpty())
            return; // an empty SQLite file: safe to turn into a Zhibiao database
        if (!probe.quickCheck.isEmpty())
            throw StorageError(StorageError::Code::Corrupt,
                               tr("%1 is damaged and cannot be opened: %2").arg(shownPath, probe.quickCheck));
        throw StorageError(StorageError::Code::ForeignDatabase,
                           tr("%1 is an SQLite database of another program, not a Zhibiao database.").arg(shownPath));
    }
    const int latest = m_migrations.back().version;
    if (probe.userVersion > latest)
        throw StorageError(StorageError::Code::NewerVersion,
                           tr("%1 was written by a newer version of Zhibiao (data format %2; this version reads up "
                              "to %3). Install the newer version to open it.")
                               .arg(shownPath)
                               .arg(probe.userVersion)
                               .arg(latest));
    if (probe.quickCheck != u"ok")
        throw StorageError(StorageError::Code::Corrupt,
                           tr("%1 is damaged and cannot be opened: %2").arg(shownPath, probe.quickCheck));
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

void Database::migrate()
{
    const QSqlDatabase db = connection();
    const int current = schemaVersion();
    // A file with a schema holds someone's figures: keep a copy of it as it
    // was before changing its format. A new file (version 0) has nothing to lose.
    if (current > 0 && current < m_migrations.back().version) {
        try {
            BackupSet(m_path).take(db, BackupReason::BeforeMigration);
        } catch (const StorageError &error) {
            throw StorageError(StorageError::Code::BackupFailed,
                               tr("%1 was not updated to the new data format because it could not be backed up "
                                  "first. %2")
                                   .arg(QDir::toNativeSeparators(m_path), error.message()));
        }
    }
    for (const Migration &step : m_migrations) {
        if (step.version <= current)
            continue;
        const ReferencesUnchecked unchecked(db, step.rebuildsTables);
        Transaction transaction(*this);
        // A second instance opening the same old file may have run this
        // step while this one waited for the write lock.
        if (schemaVersion() >= step.version)
            continue;
        for (const QString &statement : step.statements)
            execStatement(db, statement);
        if (step.rebuildsTables)
            requireValidReferences(db);
        // Both pragmas live in the file header and commit with the step.
        execStatement(db, u"PRAGMA application_id = "_s + QString::number(ApplicationId));
        execStatement(db, u"PRAGMA user_version = "_s + QString::number(step.version));
        transaction.commit();
    }
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

void Database::requireValidReferences(const QSqlDatabase &connection) const
{
    QSqlQuery check = execStatement(connection, u"PRAGMA foreign_key_check"_s);
    if (check.next()) {
        throw StorageError(StorageError::Code::Corrupt,
                           tr("%1 was not updated to the new data format: its table %2 refers to a row of %3 that "
                              "does not exist. The file was left as it was.")
                               .arg(QDir::toNativeSeparators(m_path), check.value(0).toString(),
                                    check.value(2).toString()));
    }
}

} // namespace zhibiao
