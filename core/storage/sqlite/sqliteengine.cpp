#include "core/storage/sqlite/sqliteengine.h"

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlite/databasefile.h"
#include "core/storage/sqlite/filesystemkind.h"
#include "core/storage/sqlite/revisioninsert.h"
#include "core/storage/sqlite/sqlitestatement.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// SQLite's default: the log is copied into the file once it holds 1000 pages.
constexpr int DefaultAutoCheckpointPages = 1000;

} // namespace

SqliteEngine::SqliteEngine(const QString &path, Sharing sharing)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_sharing(sharing)
    , m_checkpointer(m_path)
{
}

QString SqliteEngine::shownName() const
{
    return QDir::toNativeSeparators(m_path);
}

QSqlDatabase SqliteEngine::open(const QString &connectionName, bool verify, int latestVersion)
{
    if (verify) {
        m_access = verifyDatabaseFile(m_path, latestVersion);
        if (const QString type = fileSystemTypeOf(m_path);
            m_sharing == Sharing::Shared && isNetworkFileSystem(type))
            throw StorageError(StorageError::Code::NetworkFolder,
                               Database::tr("%1 is in a network folder (%2). Zhibiao does not share a database file "
                                            "there: several desks writing one file over the network can lose "
                                            "figures or damage the file. Open it for this desk alone (no one else "
                                            "may open it meanwhile), or move it to the office's server with: "
                                            "zhibiao server upload --from %1 --db postgresql://SERVER/DATABASE")
                                   .arg(shownName(), type));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (m_access.readOnly) {
        // SQLite itself then refuses every write, whoever runs the program.
        const ReadOnlyConnection readOnly = readOnlyConnection(m_path, m_access);
        db.setDatabaseName(readOnly.databaseName);
        db.setConnectOptions(readOnly.connectOptions);
    } else {
        db.setDatabaseName(m_path);
    }
    if (!db.open())
        throw StorageError(StorageError::Code::CannotOpen,
                           Database::tr("Cannot open %1: %2").arg(shownName(), db.lastError().text()));
    // Wait for another writer rather than fail at once; enforce the schema's
    // references; WAL with FULL sync keeps every committed figure through a
    // crash or a power cut.
    execStatement(db, u"PRAGMA busy_timeout = 5000"_s);
    execStatement(db, u"PRAGMA foreign_keys = ON"_s);
    if (m_access.readOnly)
        return db; // the journal mode is the file's; a reader cannot change it
    // Alone on a network folder: a rollback journal, which needs no memory
    // shared between processes (docs/storage.md).
    execStatement(db, m_sharing == Sharing::Shared ? u"PRAGMA journal_mode = WAL"_s : u"PRAGMA journal_mode = DELETE"_s);
    execStatement(db, u"PRAGMA synchronous = FULL"_s);
    return db;
}

bool SqliteEngine::isConnected(const QSqlDatabase &) const
{
    return true; // a file does not go away under an open connection
}

std::function<bool()> SqliteEngine::answerCheck() const
{
    return [] { return true; };
}

int SqliteEngine::schemaVersion(const QSqlDatabase &connection) const
{
    QSqlQuery query = execStatement(connection, u"PRAGMA user_version"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

void SqliteEngine::recordSchemaVersion(const QSqlDatabase &connection, int version) const
{
    // Both pragmas live in the file header and commit with the step.
    execStatement(connection, u"PRAGMA application_id = "_s + QString::number(ApplicationId));
    execStatement(connection, u"PRAGMA user_version = "_s + QString::number(version));
}

QString SqliteEngine::schemaStatement(const QString &portable) const
{
    // The released steps' own text: an INTEGER PRIMARY KEY is the rowid.
    QString sql = portable;
    sql.replace(u"{id}"_s, u"INTEGER PRIMARY KEY"_s);
    sql.replace(u"{bigint}"_s, u"INTEGER"_s);
    sql.replace(u"{real}"_s, u"REAL"_s);
    return sql;
}

void SqliteEngine::begin(const QSqlDatabase &connection) const
{
    // IMMEDIATE takes the write lock now rather than on the first write, so
    // two writers cannot deadlock upgrading their read locks.
    execStatement(connection, u"BEGIN IMMEDIATE"_s);
}

void SqliteEngine::setReferenceChecks(const QSqlDatabase &connection, bool on) const
{
    // The pragma does nothing inside a transaction: callers are outside one.
    if (on) {
        // Not thrown (it runs from destructors): a connection left without
        // the checks still refuses no valid write, and the next opening
        // turns them on.
        QSqlQuery query(connection);
        query.exec(u"PRAGMA foreign_keys = ON"_s);
    } else {
        execStatement(connection, u"PRAGMA foreign_keys = OFF"_s);
    }
}

void SqliteEngine::requireValidReferences(const QSqlDatabase &connection) const
{
    QSqlQuery check = execStatement(connection, u"PRAGMA foreign_key_check"_s);
    if (check.next()) {
        throw StorageError(StorageError::Code::Corrupt,
                           Database::tr("%1 was not updated to the new data format: its table %2 refers to a row of %3 "
                                        "that does not exist. The file was left as it was.")
                               .arg(shownName(), check.value(0).toString(), check.value(2).toString()));
    }
}

void SqliteEngine::beginLargeWrite(const QSqlDatabase &connection)
{
    execStatement(connection, u"PRAGMA wal_autocheckpoint = 0"_s);
}

void SqliteEngine::endLargeWrite(const QSqlDatabase &connection, bool finishInBackground)
{
    execStatement(connection, u"PRAGMA wal_autocheckpoint = "_s + QString::number(DefaultAutoCheckpointPages));
    if (finishInBackground && m_checkpointsAfterLargeWrites)
        m_checkpointer.start();
}

void SqliteEngine::finishInBackground()
{
    m_checkpointer.start();
}

void SqliteEngine::waitForBackgroundWork()
{
    m_checkpointer.wait();
}

QList<int> SqliteEngine::insertRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries)
{
    return insertSqliteRevisions(connection, entries);
}

QList<int> SqliteEngine::insertRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                         const EntryStamp &stamp)
{
    return insertSqliteRevisions(connection, figures, stamp);
}

void SqliteEngine::beginSnapshot(const QSqlDatabase &connection) const
{
    // A deferred transaction reads one snapshot from its first read on (WAL).
    execStatement(connection, u"BEGIN"_s);
}

void SqliteEngine::appendRows(const QSqlDatabase &connection, const QString &table, const QStringList &columns,
                              const std::function<bool(QVariantList &row)> &next)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(u"?"_s);
    const QByteArray sql = (u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                            + placeholders.join(u", "_s) + u')')
                               .toUtf8();
    SqliteStatement insert(connection, sql.constData());
    QVariantList row;
    while (next(row)) {
        for (int position = 1; position <= row.size(); ++position) {
            const QVariant &value = row.at(position - 1);
            if (value.isNull())
                insert.bindNull(position);
            else if (value.typeId() == QMetaType::Double)
                insert.bindDouble(position, value.toDouble());
            else if (value.typeId() == QMetaType::QString)
                insert.bindText(position, storedText(value.toString()).toUtf8());
            else
                insert.bindInt(position, value.toLongLong());
        }
        insert.execute();
    }
}

void SqliteEngine::beginCellWrite(const QSqlDatabase &connection, const QList<EntryKey> &) const
{
    // A file has one writer at a time (BEGIN IMMEDIATE).
    begin(connection);
}

void SqliteEngine::continueIdsAfterCopy(const QSqlDatabase &, const QString &) const
{
    // An INTEGER PRIMARY KEY goes on after the highest row by itself.
}

std::optional<qint64> SqliteEngine::commitCounter(const QSqlDatabase &connection) const
{
    // Changes with every commit of another connection, never with this one's.
    QSqlQuery query = execStatement(connection, u"PRAGMA data_version"_s);
    return query.next() ? query.value(0).toLongLong() : -1;
}

bool SqliteEngine::subscribeToCommits(const QSqlDatabase &, QObject *, std::function<void()>)
{
    return false; // SQLite announces nothing: commitCounter is polled
}

std::unique_ptr<DatabaseEngine> SqliteEngine::forSecondConnection() const
{
    auto second = std::make_unique<SqliteEngine>(m_path, m_sharing);
    second->m_checkpointsAfterLargeWrites = false;
    second->m_access = m_access; // it is not checked again
    return second;
}

} // namespace zhibiao
