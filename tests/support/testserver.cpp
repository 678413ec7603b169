#include "tests/support/testserver.h"

#include "core/storage/sqlquery.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace zhibiao::test {

using namespace Qt::StringLiterals;

namespace {

// The server's folder: CMake names it after the build (tests/CMakeLists.txt).
QString serverFolder()
{
    return QStringLiteral(ZHIBIAO_TEST_PGHOST);
}

// Runs one statement as the superuser on the maintenance database.
void administer(const QString &sql)
{
    onServer(u"postgres"_s, sql);
}

// Runs sql as login on databaseName of the server in folder, on a
// connection of its own. Never fails a test: the callers decide.
SqlOutcome runAsLogin(const QString &folder, const QString &login, const QString &databaseName, const QString &sql)
{
    const QString name = uniqueConnectionName(u"test-login");
    SqlOutcome result;
    {
        QSqlDatabase session = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        session.setHostName(folder);
        session.setUserName(login);
        session.setDatabaseName(databaseName);
        if (!session.open()) {
            result.problem = session.lastError().text();
        } else {
            QSqlQuery query(session);
            result.ran = query.exec(sql);
            result.problem = query.lastError().text();
            result.rowsAffected = query.numRowsAffected();
            if (result.ran && query.next())
                result.value = query.value(0);
            query.finish();
            session.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void runServerScript(const QString &command, const QString &folder = serverFolder())
{
    QProcess script;
    script.start(QStringLiteral(ZHIBIAO_TEST_PGSCRIPT), {command, folder});
    REQUIRE(script.waitForFinished(120'000));
    INFO(script.readAllStandardError().toStdString());
    REQUIRE(script.exitCode() == 0);
}

} // namespace

QVariant onServer(const QString &databaseName, const QString &sql)
{
    const SqlOutcome result = runAsLogin(serverFolder(), u"zhibiao_admin"_s, databaseName, sql);
    INFO("The suite's PostgreSQL is started by ctest (the postgresql fixture); run the tests through ctest. "
         << sql.toStdString() << ": " << result.problem.toStdString());
    REQUIRE(result.ran);
    return result.value;
}

SqlOutcome onServerAs(const QString &login, const QString &databaseName, const QString &sql)
{
    return runAsLogin(serverFolder(), login, databaseName, sql);
}

ServerAddress testServer(const QString &databaseName)
{
    ServerAddress address;
    address.host = serverFolder();
    address.user = u"zhibiao_admin"_s;
    address.databaseName = databaseName;
    return address;
}

PrivateServer::PrivateServer()
    : m_folder(u"/tmp/zhibiao-test-pg-own-%1-%2"_s.arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
    start();
    const SqlOutcome created = runAsLogin(m_folder, u"zhibiao_admin"_s, u"postgres"_s, u"CREATE DATABASE lukou"_s);
    INFO(created.problem.toStdString());
    REQUIRE(created.ran);
}

PrivateServer::~PrivateServer()
{
    QProcess::execute(QStringLiteral(ZHIBIAO_TEST_PGSCRIPT), {u"stop"_s, m_folder});
}

DatabaseLocation PrivateServer::location() const
{
    ServerAddress address;
    address.host = m_folder;
    address.user = u"zhibiao_admin"_s;
    address.databaseName = u"lukou"_s;
    // A lost connection is noticed at once in tests, not after the
    // keepalives' half minute.
    address.options = {{u"connect_timeout"_s, u"2"_s}};
    return DatabaseLocation::server(address);
}

void PrivateServer::crash()
{
    runServerScript(u"crash"_s, m_folder);
}

void PrivateServer::start()
{
    runServerScript(u"start"_s, m_folder);
}

ServerDatabase::ServerDatabase()
    : m_name(u"zt_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate(), 8, 16,
                                                                        QLatin1Char('0')))
{
    administer(u"CREATE DATABASE "_s + m_name);
}

ServerDatabase::~ServerDatabase()
{
    // FORCE ends the connections a failed test left open. A destructor
    // fails no test: a database left behind goes with the server.
    runAsLogin(serverFolder(), u"zhibiao_admin"_s, u"postgres"_s, u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
}

DatabaseLocation ServerDatabase::location() const
{
    return DatabaseLocation::server(testServer(m_name));
}

TestDatabase::TestDatabase(Engine engine)
    : m_engine(engine)
{
    if (engine == Engine::Sqlite) {
        m_folder = std::make_unique<QTemporaryDir>();
        REQUIRE(m_folder->isValid());
    } else {
        m_server = std::make_unique<ServerDatabase>();
    }
}

DatabaseLocation TestDatabase::location() const
{
    return m_server ? m_server->location() : DatabaseLocation::file(m_folder->filePath(u"zhibiao.sqlite"_s));
}

DatabaseLocation TestDatabase::other() const
{
    if (m_engine == Engine::Sqlite)
        return DatabaseLocation::file(m_folder->filePath(u"other.sqlite"_s));
    if (!m_otherServer)
        m_otherServer = std::make_unique<ServerDatabase>();
    return m_otherServer->location();
}

std::unique_ptr<Workspace> TestDatabase::open(const std::function<Seed()> &seed) const
{
    return std::make_unique<Workspace>(location(), seed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
}

Catch::Generators::GeneratorWrapper<Engine> eachEngine()
{
    return Catch::Generators::values({Engine::Sqlite, Engine::PostgreSql});
}

const char *engineName(Engine engine)
{
    return engine == Engine::Sqlite ? "SQLite" : "PostgreSQL";
}

} // namespace zhibiao::test
