// `zhibiao user add|list|remove` through the real executable, on a server
// and (refused) on a file, and a person it added acting as themselves.
#include "core/storage/databaselocation.h"
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"


#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;
using test::runZhibiaoCli;

namespace {

QString urlAs(const test::ServerDatabase &server, const QString &login)
{
    ServerAddress address = test::testServer(server.name());
    address.user = login;
    return DatabaseLocation::server(address).displayName();
}

} // namespace

TEST_CASE("zhibiao user adds, lists and removes a server's people, and each acts as their role allows",
          "[cli][permissions][server]")
{
    const test::ServerDatabase server;
    const QString url = server.location().displayName();
    REQUIRE(runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, url}).exitCode == 0);
    const QString clerk = server.name() + u"_caiwu"_s;

    const test::CliRun added =
        runZhibiaoCli({u"user"_s, u"add"_s, u"--db"_s, url, clerk, u"--role"_s, u"clerk"_s, u"--unit"_s, u"财政局"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(u"is now a clerk"_s));
    CHECK(added.out.contains(u"Finance Bureau"_s));
    const test::CliRun listed = runZhibiaoCli({u"user"_s, u"list"_s, u"--db"_s, url}, u"zh_CN.UTF-8"_s);
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(clerk + u"  填报员  财政局"_s));

    // The clerk submits their unit's figure, and may not approve it.
    const QString asClerk = urlAs(server, clerk);
    const QStringList june = {u"approval"_s, u"--db"_s, asClerk, u"--year"_s, u"2022"_s, u"--month"_s, u"6"_s};
    const test::CliRun submitted = runZhibiaoCli(june + QStringList{u"--submit"_s, u"budget_revenue"_s});
    INFO(submitted.err.toStdString());
    CHECK(submitted.exitCode == 0);
    const test::CliRun approved = runZhibiaoCli(june + QStringList{u"--approve"_s, u"budget_revenue"_s});
    CHECK(approved.exitCode == 1);
    CHECK(approved.err.contains(u"Only a reviewer or an administrator may approve"_s));
    CHECK(runZhibiaoCli(june + QStringList{u"--submit"_s, u"gdp"_s}).exitCode == 1);

    // Bad usage says so and changes nothing.
    CHECK(runZhibiaoCli({u"user"_s, u"add"_s, u"--db"_s, url, u"x"_s, u"--role"_s, u"boss"_s}).exitCode == 2);
    CHECK(runZhibiaoCli({u"user"_s, u"add"_s, u"--db"_s, url, u"x"_s, u"--role"_s, u"clerk"_s}).exitCode == 2);
    CHECK(runZhibiaoCli({u"user"_s, u"add"_s, u"--db"_s, url, u"x"_s, u"--role"_s, u"viewer"_s, u"--password"_s})
              .exitCode
          == 2); // no password on standard input
    // A password from standard input reaches the server encrypted.
    const QString viewer = server.name() + u"_lingdao"_s;
    const QStringList addViewer = {u"user"_s, u"add"_s, u"--db"_s, url, viewer, u"--role"_s, u"viewer"_s, u"--password"_s};
    REQUIRE(test::runZhibiaoCliWithInput(addViewer, "s3cret 密码\n").exitCode == 0);
    CHECK(test::onServer(server.name(), u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(viewer))
              .toString()
              .startsWith(u"SCRAM-SHA-256$"_s));
    CHECK(runZhibiaoCli({u"user"_s, u"remove"_s, u"--db"_s, url}).exitCode == 2);
    CHECK(runZhibiaoCli({u"user"_s, u"list"_s, u"--db"_s, url}).out.count(u'\n') == 2);

    // Removed, the clerk reads nothing any more.
    const test::CliRun removed = runZhibiaoCli({u"user"_s, u"remove"_s, u"--db"_s, url, clerk});
    CHECK(removed.exitCode == 0);
    CHECK(runZhibiaoCli({u"user"_s, u"remove"_s, u"--db"_s, url, viewer}).exitCode == 0);
    CHECK(runZhibiaoCli({u"user"_s, u"list"_s, u"--db"_s, url}).out.contains(u"No people yet"_s));
    const test::CliRun after = runZhibiaoCli(june);
    CHECK(after.exitCode == 1);
    CHECK(after.err.contains(u"permission denied"_s));
}

TEST_CASE("zhibiao user on a desk's file explains that a file has no people", "[cli][permissions]")
{
    const test::TestFolder folder;
    const QString file = folder.path(u"lukou.sqlite"_s);
    { Workspace created(file); }
    const test::CliRun listed = runZhibiaoCli({u"user"_s, u"list"_s, u"--db"_s, file});
    CHECK(listed.exitCode == 1);
    const test::CliRun added =
        runZhibiaoCli({u"user"_s, u"add"_s, u"--db"_s, file, u"wang"_s, u"--role"_s, u"viewer"_s}, u"zh_CN.UTF-8"_s);
    CHECK(added.exitCode == 1);
    CHECK((added.err.contains(u"单机文件"_s) || added.err.contains(u"没有"_s)));
}
