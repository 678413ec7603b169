// `zhibiao server init`, `server upload` and `backup --db URL` through the
// real executable against the suite's own PostgreSQL: what an office's
// administrator does once, and the one backup format of both engines.
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"
#include "tests/support/workspacecontent.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

using test::runZhibiaoCli;

QString urlOf(const test::ServerDatabase &server)
{
    return server.location().displayName();
}

// A desk's file with figures of two months, one of them corrected, from
// two people: revisions, change sets and stamps to carry over.
QString deskWithFigures(const test::TestFolder &folder)
{
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    workspace.entries().record(Entry{{u"retail_sales"_s, 2022, 5}, 38.62, 34.41, 12.2, u"含限上企业快报"_s,
                                     u"区统计局月报"_s, u"wangli"_s,
                                     QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)});
    workspace.entries().record(Entry{{u"retail_sales"_s, 2022, 5}, 38.71, 34.41, 12.5, u"修正"_s, u"区统计局月报"_s,
                                     u"liu"_s, QDateTime(QDate(2022, 6, 16), QTime(10, 2), Qt::UTC)});
    workspace.entries().recordAll(
        QList<Entry>{Entry{{u"gdp"_s, 2022, 6}, 84000.0, 77000.0, 8.4, {}, u"lukou-h1.xlsx"_s, u"liu"_s,
                           QDateTime(QDate(2022, 7, 20), QTime(8, 0), Qt::UTC)},
                     Entry{{u"budget_revenue"_s, 2022, 6}, 41300.07, 38200.0, std::nullopt, u"'; DROP TABLE x; --"_s,
                           u"lukou-h1.xlsx"_s, u"liu"_s, QDateTime(QDate(2022, 7, 20), QTime(8, 0), Qt::UTC)}});
    return path;
}

} // namespace

TEST_CASE("zhibiao server init prepares an empty database once, and a window then opens it", "[cli][server]")
{
    const test::ServerDatabase server;
    const test::CliRun first = runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, urlOf(server)});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(u"Prepared"_s));
    CHECK(first.out.contains(urlOf(server)));

    const test::CliRun again = runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, urlOf(server)});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"up to date"_s));

    Workspace window(server.location());
    CHECK(window.targets().forYear(2022).size() == 10);
}

TEST_CASE("zhibiao server init refuses a file, another program's database and a password", "[cli][server]")
{
    const test::TestFolder folder;
    const test::CliRun onFile =
        runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, folder.path(u"lukou.sqlite"_s)});
    CHECK(onFile.exitCode == 2);
    CHECK(onFile.err.contains(u"postgresql://"_s));
    CHECK_FALSE(QFileInfo::exists(folder.path(u"lukou.sqlite"_s)));

    const test::ServerDatabase server;
    test::onServer(server.name(), u"CREATE TABLE invoices (id integer)"_s);
    const test::CliRun foreign = runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, urlOf(server)});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(u"another program"_s));
    CHECK(test::onServer(server.name(), u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).toInt() == 1);

    const test::CliRun password =
        runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, u"postgresql://admin:hunter2@localhost/lukou"_s});
    CHECK(password.exitCode == 2);
    CHECK(password.err.contains(u"~/.pgpass"_s));
    CHECK_FALSE(password.err.contains(u"hunter2"_s));
}

TEST_CASE("A desk's file goes up to the server and comes down again with every revision and stamp",
          "[cli][server][backup]")
{
    const test::TestFolder folder;
    const QString desk = deskWithFigures(folder);
    const test::ServerDatabase server;

    const test::CliRun upload =
        runZhibiaoCli({u"server"_s, u"upload"_s, u"--from"_s, desk, u"--db"_s, urlOf(server)});
    INFO(upload.err.toStdString());
    REQUIRE(upload.exitCode == 0);
    CHECK(upload.out.contains(u"4 figure revisions"_s));
    test::WorkspaceContent onDesk;
    {
        Workspace original(desk);
        onDesk = test::contentOf(original);
    }
    {
        Workspace uploaded(server.location());
        CHECK(test::contentOf(uploaded) == onDesk);
        // Ids go on after the copied ones: a new figure is the latest.
        const Entry later{{u"retail_sales"_s, 2022, 5}, 39.0, 34.41, 13.0, {}, {}, u"zhao"_s,
                          QDateTime(QDate(2022, 6, 20), QTime(9, 0), Qt::UTC)};
        uploaded.entries().record(later);
        CHECK(uploaded.entries().latest(later.key) == later);
        CHECK(uploaded.entries().history(later.key).size() == 3);
    }

    // Uploading again is refused: the server holds figures now.
    const test::CliRun twice =
        runZhibiaoCli({u"server"_s, u"upload"_s, u"--from"_s, desk, u"--db"_s, urlOf(server)});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(u"already holds"_s));

    // The server's backup is an ordinary file, which goes up again unchanged.
    const QString copy = folder.path(u"server-copy.sqlite"_s);
    const test::CliRun backup = runZhibiaoCli({u"backup"_s, u"--db"_s, urlOf(server), u"-o"_s, copy});
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    test::WorkspaceContent onServer;
    {
        Workspace uploaded(server.location());
        onServer = test::contentOf(uploaded);
    }
    {
        Workspace copied(copy);
        CHECK(test::contentOf(copied) == onServer);
    }
    const test::ServerDatabase second;
    const test::CliRun again = runZhibiaoCli({u"server"_s, u"upload"_s, u"--from"_s, copy, u"--db"_s, urlOf(second)});
    REQUIRE(again.exitCode == 0);
    Workspace reuploaded(second.location());
    CHECK(test::contentOf(reuploaded) == onServer);
}

TEST_CASE("A server's database is backed up only into a file named with -o", "[cli][server][backup]")
{
    const test::ServerDatabase server;
    REQUIRE(runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, urlOf(server)}).exitCode == 0);
    const test::CliRun noFile = runZhibiaoCli({u"backup"_s, u"--db"_s, urlOf(server)});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(u"-o"_s));
    const test::CliRun list = runZhibiaoCli({u"backup"_s, u"--db"_s, urlOf(server), u"--list"_s});
    CHECK(list.exitCode == 2);
}

TEST_CASE("The command-line actions work on a server database as on a file", "[cli][server]")
{
    const test::ServerDatabase server;
    const test::TestFolder folder;
    REQUIRE(runZhibiaoCli({u"server"_s, u"upload"_s, u"--from"_s, deskWithFigures(folder), u"--db"_s, urlOf(server)})
                .exitCode == 0);
    const QString csv = folder.path(u"figures.csv"_s);
    const test::CliRun exported =
        runZhibiaoCli({u"export"_s, u"--db"_s, urlOf(server), u"--year"_s, u"2022"_s, u"-o"_s, csv});
    INFO(exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo(csv).size() > 0);

    // A database the administrator has not prepared is named, not created.
    const test::ServerDatabase empty;
    const test::CliRun unprepared =
        runZhibiaoCli({u"export"_s, u"--db"_s, urlOf(empty), u"--year"_s, u"2022"_s, u"-o"_s, csv});
    CHECK(unprepared.exitCode == 1);
    CHECK(unprepared.err.contains(u"server init"_s));
}
