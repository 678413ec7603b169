#include "core/storage/postgresql/postgresqlengine.h"

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/postgresql/nativeconnection.h"
#include "core/storage/postgresql/postgresqlerror.h"
#include "core/storage/postgresql/revisioncopy.h"
#include "core/storage/postgresql/revisionstatement.h"
#include "core/storage/postgresql/tablecopy.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <algorithm>
#include <utility>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// A libpq connection parameter as conninfo spells it: key='value', with
// quotes and backslashes escaped.
QString conninfoParameter(const QString &key, QString value)
{
    value.replace(u'\\', u"\\\\"_s);
    value.replace(u'\'', u"\\'"_s);
    return key + u"='"_s + value + u'\'';
}

bool hasOption(const ServerAddress &address, QStringView key)
{
    return std::any_of(address.options.cbegin(), address.options.cend(),
                       [key](const auto &option) { return option.first == key; });
}

// The connection parameters of address as libpq's conninfo, with
// Zhibiao's defaults for what the address leaves out: its name in the
// server's activity list, a bounded wait for a connection, and keepalives
// that notice a dropped network within about half a minute.
QStringList conninfoOptions(const ServerAddress &address)
{
    QStringList options;
    for (const auto &[key, value] : address.options)
        options.append(conninfoParameter(key, value));
    const std::pair<QStringView, QString> defaults[] = {
        {u"application_name", u"zhibiao"_s}, {u"connect_timeout", u"10"_s}, {u"keepalives_idle", u"15"_s},
        {u"keepalives_interval", u"5"_s},   {u"keepalives_count", u"3"_s},
    };
    for (const auto &[key, value] : defaults) {
        if (!hasOption(address, key))
            options.append(conninfoParameter(key.toString(), value));
    }
    return options;
}

// How long a write waits for another's write lock before it is refused
// as busy, as SQLite's busy timeout does on a desk.
constexpr auto LockTimeout = "5s";

} // namespace

// The server process ids of one Database's connections, shared with its
// second connections, which open on other threads.
class PostgreSqlEngine::OwnBackends
{
public:
    void add(int pid)
    {
        const QMutexLocker lock(&m_mutex);
        m_pids.insert(pid);
    }
    bool contains(int pid) const
    {
        const QMutexLocker lock(&m_mutex);
        return m_pids.contains(pid);
    }

private:
    mutable QMutex m_mutex;
    QSet<int> m_pids;
};

PostgreSqlEngine::PostgreSqlEngine(const ServerAddress &address)
    : m_address(address)
    , m_ownBackends(std::make_shared<OwnBackends>())
{
}

PostgreSqlEngine::PostgreSqlEngine(SecondKey, const ServerAddress &address, std::shared_ptr<OwnBackends> ownBackends)
    : m_address(address)
    , m_ownBackends(std::move(ownBackends))
{
}

PostgreSqlEngine::~PostgreSqlEngine() = default;

QString PostgreSqlEngine::shownName() const
{
    return m_address.url();
}

QSqlDatabase PostgreSqlEngine::open(const QString &connectionName, bool verify, int latestVersion)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!db.isValid())
        throw StorageError(StorageError::Code::CannotOpen,
                           Database::tr("Cannot connect to %1: Qt's PostgreSQL driver is not installed (Debian "
                                        "package libqt6sql6-psql).")
                               .arg(shownName()));
    // What the address leaves out stays out, so that libpq's defaults
    // apply (PGHOST, PGUSER, ~/.pgpass …). No password is ever set here.
    if (!m_address.host.isEmpty())
        db.setHostName(m_address.host);
    if (m_address.port >= 0)
        db.setPort(m_address.port);
    if (!m_address.user.isEmpty())
        db.setUserName(m_address.user);
    if (!m_address.databaseName.isEmpty())
        db.setDatabaseName(m_address.databaseName);
    // Qt joins the options with ';' and turns every ';' into a space.
    db.setConnectOptions(conninfoOptions(m_address).join(u';'));
    // Messages about this connection name the database as the user did.
    recordShownName(db.driver(), shownName());
    if (!db.open())
        throwConnectError(db.lastError(), shownName());
    // Figures are IEEE doubles (docs/storage.md): with extra_float_digits
    // above 0 the server writes each in its shortest exact form, whatever
    // the server's own setting, so that every figure reads back equal.
    execStatement(db, u"SET extra_float_digits = 1"_s);
    // The server's notices and warnings (a DROP … CASCADE, an IF NOT
    // EXISTS, "terminating connection" at a shutdown) are for
    // administrators; libpq would print them on stderr. Errors are thrown.
    execStatement(db, u"SET client_min_messages = error"_s);
    execStatement(db, u"SET lock_timeout = '"_s + QLatin1StringView(LockTimeout) + u'\'');
    QSqlQuery pid = execStatement(db, u"SELECT pg_backend_pid()"_s);
    if (pid.next())
        m_ownBackends->add(pid.value(0).toInt());
    if (verify)
        verifySchema(db, latestVersion);
    return db;
}

void PostgreSqlEngine::verifySchema(const QSqlDatabase &connection, int latestVersion) const
{
    QSqlQuery hasSchemaTable = execStatement(connection, u"SELECT to_regclass('zhibiao_schema') IS NOT NULL"_s);
    if (hasSchemaTable.next() && hasSchemaTable.value(0).toBool()) {
        QSqlQuery schema = execStatement(connection, u"SELECT application_id, version FROM zhibiao_schema"_s);
        const bool ours = schema.next() && schema.value(0).toInt() == ApplicationId;
        if (!ours)
            throw StorageError(StorageError::Code::ForeignDatabase,
                               Database::tr("The database %1 holds tables of another program, not Zhibiao's. Give "
                                            "Zhibiao an empty database of its own.")
                                   .arg(shownName()));
        const int version = schema.value(1).toInt();
        if (version > latestVersion)
            throw StorageError(StorageError::Code::NewerVersion,
                               Database::tr("%1 was written by a newer version of Zhibiao (data format %2; this "
                                            "version reads up to %3). Install the newer version to open it.")
                                   .arg(shownName())
                                   .arg(version)
                                   .arg(latestVersion));
        return;
    }
    // Without Zhibiao's table, only an empty schema may become a Zhibiao database.
    QSqlQuery objects = execStatement(connection, uR"(
        SELECT count(*) FROM pg_catalog.pg_class AS c
        JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S'))"_s);
    if (objects.next() && objects.value(0).toInt() > 0)
        throw StorageError(StorageError::Code::ForeignDatabase,
                           Database::tr("The database %1 holds tables of another program, not Zhibiao's. Give "
                                        "Zhibiao an empty database of its own.")
                               .arg(shownName()));
}

bool PostgreSqlEngine::isConnected(const QSqlDatabase &connection) const
{
    PGconn *native = postgreSqlHandle(connection.driver());
    return native && PQstatus(native) == CONNECTION_OK;
}

std::function<bool()> PostgreSqlEngine::answerCheck() const
{
    QStringList parts = conninfoOptions(m_address);
    if (!m_address.host.isEmpty())
        parts.append(conninfoParameter(u"host"_s, m_address.host));
    if (m_address.port >= 0)
        parts.append(conninfoParameter(u"port"_s, QString::number(m_address.port)));
    if (!m_address.user.isEmpty())
        parts.append(conninfoParameter(u"user"_s, m_address.user));
    if (!m_address.databaseName.isEmpty())
        parts.append(conninfoParameter(u"dbname"_s, m_address.databaseName));
    return [conninfo = parts.join(u' ').toUtf8()] { return PQping(conninfo.constData()) == PQPING_OK; };
}

int PostgreSqlEngine::schemaVersion(const QSqlDatabase &connection) const
{
    // Asked first: a statement naming a missing table fails as a whole.
    QSqlQuery exists = execStatement(connection, u"SELECT to_regclass('zhibiao_schema') IS NOT NULL"_s);
    if (!exists.next() || !exists.value(0).toBool())
        return 0;
    QSqlQuery query = execStatement(connection, u"SELECT max(version) FROM zhibiao_schema"_s);
    return query.next() ? query.value(0).toInt() : 0;
}

void PostgreSqlEngine::recordSchemaVersion(const QSqlDatabase &connection, int version) const
{
    // One row: which program's schema this is, and its version.
    execStatement(connection, uR"(
        CREATE TABLE IF NOT EXISTS zhibiao_schema (
            only_row        BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
            application_id  INTEGER NOT NULL,
            version         INTEGER NOT NULL
        ))"_s);
    QSqlQuery record = prepareQuery(connection, uR"(
        INSERT INTO zhibiao_schema (application_id, version) VALUES (:application, :version)
        ON CONFLICT (only_row) DO UPDATE SET application_id = excluded.application_id, version = excluded.version)"_s);
    record.bindValue(u":application"_s, ApplicationId);
    record.bindValue(u":version"_s, version);
    execQuery(record);
}

QString PostgreSqlEngine::schemaStatement(const QString &portable) const
{
    QString sql = portable;
    sql.replace(u"{id}"_s, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    sql.replace(u"{bigint}"_s, u"BIGINT"_s);
    // The same IEEE double as SQLite's REAL and the program's own figures.
    sql.replace(u"{real}"_s, u"DOUBLE PRECISION"_s);
    return sql;
}

namespace {

// The first of the two numbers of a cell's lock: the cells' own space,
// apart from the write lock (a single number) and other programs' locks.
constexpr qint32 CellLockSpace = 0x5A48; // "ZH"

// A cell's lock, the same number in every process on every machine (Qt's
// qHash may differ between processes and processors): FNV-1a of the code's
// UTF-8, the year and the month. Two cells that share a number only wait
// for each other.
qint32 cellLockNumber(const EntryKey &cell)
{
    quint32 hash = 2166136261u;
    const auto mix = [&hash](unsigned char byte) {
        hash ^= byte;
        hash *= 16777619u;
    };
    for (const char byte : cell.indicatorCode.toUtf8())
        mix(static_cast<unsigned char>(byte));
    mix(0);
    for (const int part : {cell.year, cell.month}) {
        for (int shift = 0; shift < 32; shift += 8)
            mix(static_cast<unsigned char>(quint32(part) >> shift));
    }
    return static_cast<qint32>(hash);
}

// Sends statements (constants and numbers of ours, never a user's text) in
// one round trip; on failure rolls back what began and throws.
void beginWith(const QSqlDatabase &connection, const QByteArray &statements)
{
    PGconn *native = nativeConnection(connection);
    const NativeResult locked{PQexec(native, statements.constData())};
    if (PQresultStatus(locked.get()) == PGRES_TUPLES_OK)
        return;
    // No Transaction exists yet to roll back (its constructor threw).
    const NativeResult rolledBack{PQexec(native, "ROLLBACK")};
    throwNativeFailure(native, locked.get(), shownNameOf(connection.driver()));
}

} // namespace

void PostgreSqlEngine::begin(const QSqlDatabase &connection) const
{
    // Readers never wait (each statement reads the latest commits); a
    // writer of anything but a few cells takes the database's write lock
    // first, as SQLite's BEGIN IMMEDIATE does: a check of what the database
    // holds stays true until the commit. Both in one round trip.
    static const QByteArray beginAndLock =
        "BEGIN; SELECT pg_advisory_xact_lock(" + QByteArray::number(ApplicationId) + ")";
    beginWith(connection, beginAndLock);
}

void PostgreSqlEngine::beginCellWrite(const QSqlDatabase &connection, const QList<EntryKey> &cells) const
{
    // The write lock shared (a whole-database writer waits for every cell
    // writer, and they for it), then each cell's own lock, in the order of
    // their numbers so that two writers never wait for each other. Revision
    // ids come from the table's sequence, so within a cell, whose writers
    // take turns, the later revision has the higher id.
    QByteArray statements =
        "BEGIN; SELECT pg_advisory_xact_lock_shared(" + QByteArray::number(ApplicationId) + ")";
    QList<qint32> numbers;
    numbers.reserve(cells.size());
    for (const EntryKey &cell : cells)
        numbers.append(cellLockNumber(cell));
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    for (const qint32 number : std::as_const(numbers))
        statements += ", pg_advisory_xact_lock(" + QByteArray::number(CellLockSpace) + ", " + QByteArray::number(number)
                      + ")";
    beginWith(connection, statements);
}

void PostgreSqlEngine::setReferenceChecks(const QSqlDatabase &, bool) const
{
    // PostgreSQL checks references always; its migrations need no pause.
}

void PostgreSqlEngine::requireValidReferences(const QSqlDatabase &) const
{
    // Every statement was checked as it ran.
}

void PostgreSqlEngine::beginLargeWrite(const QSqlDatabase &)
{
}

void PostgreSqlEngine::endLargeWrite(const QSqlDatabase &, bool)
{
}

void PostgreSqlEngine::finishInBackground()
{
}

void PostgreSqlEngine::waitForBackgroundWork()
{
}

// A few revisions go in one statement, many by COPY: a COPY takes six
// round trips before its first row, a statement one, and holds ten values
// for every parameter of the statement.
QList<int> PostgreSqlEngine::insertRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries)
{
    if (entries.size() <= MostRevisionsInOneStatement)
        return insertFewPostgreSqlRevisions(connection, entries);
    return copyPostgreSqlRevisions(connection, entries);
}

QList<int> PostgreSqlEngine::insertRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                             const EntryStamp &stamp)
{
    if (figures.size() <= MostRevisionsInOneStatement)
        return insertFewPostgreSqlRevisions(connection, figures, stamp);
    return copyPostgreSqlRevisions(connection, figures, stamp);
}

void PostgreSqlEngine::beginSnapshot(const QSqlDatabase &connection) const
{
    execStatement(connection, u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
}

void PostgreSqlEngine::appendRows(const QSqlDatabase &connection, const QString &table, const QStringList &columns,
                                  const std::function<bool(QVariantList &row)> &next)
{
    // table and columns are the copy's own constants, never user input.
    TableCopy copy(connection, table, columns);
    QVariantList row;
    while (next(row)) {
        for (const QVariant &value : std::as_const(row))
            copy.rows().value(value);
        copy.rows().endRow();
    }
    copy.finish();
}

void PostgreSqlEngine::continueIdsAfterCopy(const QSqlDatabase &connection, const QString &table) const
{
    QSqlQuery query = prepareQuery(connection, uR"(
        SELECT setval(pg_get_serial_sequence(:table, 'id'), coalesce(max(id), 0) + 1, false) FROM )"_s + table);
    query.bindValue(u":table"_s, table);
    execQuery(query);
}

std::optional<qint64> PostgreSqlEngine::commitCounter(const QSqlDatabase &) const
{
    return std::nullopt; // commits are announced: see subscribeToCommits
}

bool PostgreSqlEngine::subscribeToCommits(const QSqlDatabase &connection, QObject *context,
                                          std::function<void()> onCommitElsewhere)
{
    QSqlDriver *driver = connection.driver();
    const QString channel = QString::fromLatin1(ChangesChannel);
    if (!driver || !driver->subscribedToNotifications().contains(channel)) {
        if (!driver || !driver->subscribeToNotification(channel))
            return false;
    }
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [ownBackends = m_ownBackends, channel, onCommitElsewhere = std::move(onCommitElsewhere)](
                         const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                         // The payload is the committing server process:
                         // this Database's own commits were announced by its
                         // gateways as they happened.
                         if (name == channel && !ownBackends->contains(payload.toInt()))
                             onCommitElsewhere();
                     });
    return true;
}

std::unique_ptr<DatabaseEngine> PostgreSqlEngine::forSecondConnection() const
{
    return std::make_unique<PostgreSqlEngine>(SecondKey{}, m_address, m_ownBackends);
}

} // namespace zhibiao
