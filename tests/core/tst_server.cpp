// A Zhibiao database on a PostgreSQL server: how --db names one, what
// `server init` makes of an empty database, what a window refuses, and
// the parts of storage that differ from a file (numbers, hostile text,
// announced commits), against the suite's own server.
#include "core/storage/databaselocation.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/testserver.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <bit>
#include <limits>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query = execStatement(database.connection(), sql);
    REQUIRE(query.next());
    return query.value(0);
}

StorageError::Code refusal(const DatabaseLocation &location)
{
    try {
        Workspace workspace(location);
    } catch (const StorageError &error) {
        INFO(error.message().toStdString());
        CHECK(error.message().contains(location.displayName()));
        return error.code();
    }
    FAIL("the database was opened");
    return StorageError::Code::QueryFailed;
}

int tableCount(const test::ServerDatabase &server)
{
    return test::onServer(server.name(), u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s)
        .toInt();
}

} // namespace

TEST_CASE("A database is a file, or a server database named by a postgresql:// URL without a password",
          "[server][location]")
{
    CHECK(DatabaseLocation::parse(u"lukou.sqlite"_s).engine() == Engine::Sqlite);
    CHECK(DatabaseLocation::parse(u"/data/postgresql-notes.sqlite"_s).engine() == Engine::Sqlite);

    const DatabaseLocation full = DatabaseLocation::parse(u"postgresql://wangli@db.lukou.gov.cn:5433/lukou"_s);
    REQUIRE(full.isServer());
    CHECK(full.serverAddress().user == u"wangli"_s);
    CHECK(full.serverAddress().host == u"db.lukou.gov.cn"_s);
    CHECK(full.serverAddress().port == 5433);
    CHECK(full.serverAddress().databaseName == u"lukou"_s);
    CHECK(full.displayName() == u"postgresql://wangli@db.lukou.gov.cn:5433/lukou"_s);

    // What is left out is libpq's to fill in (PGHOST, PGUSER …).
    const DatabaseLocation bare = DatabaseLocation::parse(u"postgres:///lukou"_s);
    CHECK(bare.serverAddress().host.isEmpty());
    CHECK(bare.serverAddress().user.isEmpty());
    CHECK(bare.serverAddress().port == -1);
    CHECK(bare.displayName() == u"postgresql:///lukou"_s);

    // A socket folder goes in the query, as libpq writes it.
    const DatabaseLocation socket =
        DatabaseLocation::parse(u"postgresql:///lukou?host=/var/run/postgresql&sslmode=disable"_s);
    CHECK(socket.serverAddress().host == u"/var/run/postgresql"_s);
    CHECK(socket.serverAddress().options == QList<QPair<QString, QString>>{{u"sslmode"_s, u"disable"_s}});
    CHECK(DatabaseLocation::parse(socket.displayName()) == socket);

    auto refusedWith = [](const QString &url) {
        try {
            DatabaseLocation::parse(url);
        } catch (const StorageError &error) {
            CHECK(error.code() == StorageError::Code::BadLocation);
            return error.message();
        }
        FAIL("accepted " << url.toStdString());
        return QString();
    };
    // A password is refused, and the message does not repeat it.
    const QString withPassword = refusedWith(u"postgresql://wangli:s3cret@db/lukou"_s);
    CHECK(withPassword.contains(u"~/.pgpass"_s));
    CHECK_FALSE(withPassword.contains(u"s3cret"_s));
    CHECK_FALSE(refusedWith(u"postgresql://db/lukou?password=s3cret"_s).contains(u"s3cret"_s));
    CHECK(refusedWith(u"postgresql://db/lukou?colour=red"_s).contains(u"colour"_s));
    CHECK(refusedWith(u"postgresql://db/lukou?port=http"_s).contains(u"http"_s));
    refusedWith(u"postgresql://db/lukou/2022"_s);
}

TEST_CASE("Server init makes an empty database a seeded Zhibiao database", "[server]")
{
    const test::ServerDatabase server;
    {
        Workspace workspace(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
        Database &database = workspace.database();
        CHECK(database.isServer());
        CHECK(database.schemaVersion() == latestSchemaVersion());
        CHECK(scalar(database, u"SELECT application_id FROM zhibiao_schema"_s).toInt() == ApplicationId);
        CHECK(workspace.targets().forYear(2022).size() == 10);
        CHECK(workspace.district().nameZh == u"渌口区"_s);
    }
    // Then a window finds it in place.
    Workspace window(server.location());
    CHECK(window.indicators().all().size() > 10);
}

TEST_CASE("A window refuses a server database that is empty, foreign or newer, and changes nothing", "[server]")
{
    const test::ServerDatabase server;
    SECTION("empty: the administrator runs server init")
    {
        CHECK(refusal(server.location()) == StorageError::Code::NotInitialized);
        CHECK(tableCount(server) == 0);
    }
    SECTION("another program's tables")
    {
        test::onServer(server.name(), u"CREATE TABLE invoices (id integer)"_s);
        CHECK(refusal(server.location()) == StorageError::Code::ForeignDatabase);
        // Not even server init touches it.
        CHECK_THROWS_AS(Workspace(server.location(), bundledSeed, BackupSet::DefaultKeep,
                                  Database::SchemaChanges::Allowed),
                        StorageError);
        CHECK(tableCount(server) == 1);
    }
    SECTION("a newer Zhibiao's")
    {
        { Workspace created(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed); }
        test::onServer(server.name(), u"UPDATE zhibiao_schema SET version = version + 1"_s);
        CHECK(refusal(server.location()) == StorageError::Code::NewerVersion);
    }
}

TEST_CASE("A server that cannot be reached is named in the message", "[server]")
{
    ServerAddress nowhere = test::testServer(u"lukou"_s);
    nowhere.host = u"/nonexistent/socket/folder"_s;
    const DatabaseLocation location = DatabaseLocation::server(nowhere);
    CHECK(refusal(location) == StorageError::Code::ConnectionLost);
}

TEST_CASE("Figures read back as exactly the doubles that were stored", "[server][storage]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> workspace = place.open();
    const QList<double> awkward = {0.1 + 0.2,
                                   1.0 / 3.0,
                                   123456789.123456789,
                                   -41300.07,
                                   std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::denorm_min(),
                                   std::numeric_limits<double>::epsilon()};
    // (-0.0 is not among them: SQLite stores a whole REAL as an integer,
    // and reads -0.0 back as 0.0, which compares equal.)
    QList<Entry> entries;
    for (int month = 1; month <= awkward.size(); ++month)
        entries.append(Entry{{u"retail_sales"_s, 2022, month}, awkward.at(month - 1), awkward.at(month - 1), 12.2,
                             {}, {}, u"wangli"_s, QDateTime(QDate(2022, 6, 1), QTime(9, 0), Qt::UTC)});
    workspace->entries().recordAll(entries);
    Workspace reopened(place.location());
    for (const Entry &entry : entries) {
        const std::optional<Entry> stored = reopened.entries().latest(entry.key);
        REQUIRE(stored);
        INFO(entry.ytdValue.value());
        CHECK(std::bit_cast<quint64>(stored->ytdValue.value()) == std::bit_cast<quint64>(entry.ytdValue.value()));
    }
}

TEST_CASE("Hostile text in notes, sources and names is stored and read back as text", "[server][storage]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> workspace = place.open();
    const QList<QString> hostile = {u"'; DROP TABLE entry_revisions; --"_s,
                                    u"O'Brien \"quoted\" \\N \\\\ back\\slash"_s,
                                    u"tab\there\nnew line\r\nand return"_s,
                                    u"$$ LANGUAGE plpgsql $$"_s,
                                    QString(3'500'000, u'长')}; // 10.5 MB of UTF-8
    // A NUL cannot be text on a server; on both engines it is stored as U+FFFD.
    const QString withNul = u"before"_s + QChar(u'\0') + u"after"_s;
    QList<Entry> entries;
    for (int month = 1; month <= hostile.size(); ++month)
        entries.append(Entry{{u"budget_revenue"_s, 2022, month}, 100.0 + month, std::nullopt, std::nullopt,
                             hostile.at(month - 1), hostile.at(month - 1), u"wangli"_s,
                             QDateTime(QDate(2022, 6, 1), QTime(9, 0), Qt::UTC)});
    // Once one by one, once in a batch (the bulk insert).
    workspace->entries().record(entries.first());
    workspace->entries().recordAll(entries);
    for (const Entry &entry : entries)
        CHECK(workspace->entries().latest(entry.key) == entry);
    CHECK(workspace->entries().history(entries.first().key).size() == 2);

    // And in an indicator's names, as typed on the indicators screen.
    Indicator named = workspace->indicators().all().first();
    named.nameZh = hostile.at(0);
    named.nameEn = hostile.at(1);
    named.unit = hostile.at(3);
    workspace->indicators().save(named);
    CHECK(workspace->indicators().find(named.code) == named);

    Entry nul{{u"budget_revenue"_s, 2022, 12}, 1.0, std::nullopt, std::nullopt, withNul, withNul, u"wangli"_s,
              QDateTime(QDate(2022, 6, 1), QTime(9, 0), Qt::UTC)};
    const QString shown = u"before\uFFFDafter"_s;
    workspace->entries().record(nul);
    CHECK(workspace->entries().latest(nul.key)->note == shown);
    CHECK(workspace->entries().latest(nul.key)->source == shown);
    nul.key.month = 11;
    workspace->entries().recordAll(QList<Entry>{nul});
    CHECK(workspace->entries().latest(nul.key)->note == shown);
}

TEST_CASE("Another connection's commit is announced at once; this one's own is not", "[server]")
{
    const test::ServerDatabase server;
    Workspace first(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    Workspace second(server.location());
    QSignalSpy firstSaw(&first.changes(), &DataChangeWatcher::changedElsewhere);
    QSignalSpy secondSaw(&second.changes(), &DataChangeWatcher::changedElsewhere);

    second.entries().record(Entry{{u"gdp"_s, 2022, 3}, 41300.0, 38100.0, 8.1, {}, {}, u"liu"_s,
                                  QDateTime(QDate(2022, 4, 20), QTime(10, 2), Qt::UTC)});
    REQUIRE(firstSaw.wait(2000));
    CHECK(firstSaw.count() == 1);
    CHECK(secondSaw.count() == 0);

    // A second connection of the same Database (a large write on another
    // thread) is not another user.
    {
        Database background(Database::SecondConnection{first.database()});
        EntryRepository entries(background);
        entries.record(Entry{{u"gdp"_s, 2022, 6}, 84000.0, 77000.0, 8.4, {}, {}, u"liu"_s,
                             QDateTime(QDate(2022, 7, 20), QTime(10, 2), Qt::UTC)});
    }
    CHECK(secondSaw.wait(2000));
    CHECK_FALSE(firstSaw.wait(300));
}
