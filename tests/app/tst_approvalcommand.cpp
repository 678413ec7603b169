// `zhibiao approval` through the real executable: the month's due list, a
// transition and its refusal (non-zero, nothing changed), on a file in
// both languages and on a server.
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;
using test::runZhibiaoCli;

namespace {

QStringList june(const QString &db, const QStringList &more = {})
{
    return QStringList{u"approval"_s, u"--db"_s, db, u"--year"_s, u"2022"_s, u"--month"_s, u"6"_s} + more;
}

// The line of the due list that names the indicator.
QString lineOf(const QString &out, const QString &indicator)
{
    for (const QString &line : out.split(u'\n')) {
        if (line.contains(indicator))
            return line;
    }
    return {};
}

} // namespace

TEST_CASE("zhibiao approval lists the month, takes a transition and refuses one without its reason", "[cli][approval]")
{
    const test::TestFolder folder;
    const QString db = folder.path(u"district.sqlite"_s);
    {
        Workspace workspace(db);
        workspace.entries().record(test::figure(u"budget_revenue"_s, 2022, 6, 3.21));
    }
    const test::CliRun listed = runZhibiaoCli(june(db), u"zh_CN.UTF-8"_s);
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(lineOf(listed.out, u"地方一般公共预算收入"_s).startsWith(u"财政局"_s));
    CHECK(lineOf(listed.out, u"地方一般公共预算收入"_s).contains(u"未报送"_s));
    // June's 13 indicators (GDP is quarterly and reported in June), none in yet.
    CHECK(listed.out.contains(u"共 13 项，已报送或已审核 0 项（0%）"_s));

    const test::CliRun submitted = runZhibiaoCli(june(db, {u"--submit"_s, u"地方一般公共预算收入"_s}), u"zh_CN.UTF-8"_s);
    REQUIRE(submitted.exitCode == 0);
    CHECK(lineOf(submitted.out, u"地方一般公共预算收入"_s).contains(u"已报送"_s));

    // A return without its reason: refused, exit 1, still submitted.
    const test::CliRun noReason = runZhibiaoCli(june(db, {u"--return"_s, u"budget_revenue"_s}));
    CHECK(noReason.exitCode == 1);
    CHECK(noReason.err.contains(u"Nothing was changed."_s));
    CHECK(lineOf(runZhibiaoCli(june(db)).out, u"budget revenue"_s).contains(u"Submitted"_s, Qt::CaseInsensitive));

    const test::CliRun returned =
        runZhibiaoCli(june(db, {u"--return"_s, u"--reason"_s, u"与财政快报不一致"_s, u"budget_revenue"_s}));
    REQUIRE(returned.exitCode == 0);
    CHECK(lineOf(returned.out, u"budget revenue"_s).contains(u"与财政快报不一致"_s));

    // An unknown indicator and a doubled action are refused before anything is written.
    CHECK(runZhibiaoCli(june(db, {u"--submit"_s, u"nosuch"_s})).exitCode == 1);
    CHECK(runZhibiaoCli(june(db, {u"--submit"_s, u"--approve"_s})).exitCode == 2);
    CHECK(runZhibiaoCli(june(db, {u"--closes-on"_s, u"10 July"_s})).exitCode == 2);

    // A closing date past: what is still with the units is late.
    const test::CliRun late = runZhibiaoCli(june(db, {u"--closes-on"_s, u"2022-07-10"_s}));
    REQUIRE(late.exitCode == 0);
    CHECK(lineOf(late.out, u"budget revenue"_s).contains(u"LATE"_s));
    CHECK(late.out.contains(u"13 late"_s));

    // Everything approved: the month's figures are locked against an import.
    REQUIRE(runZhibiaoCli(june(db, {u"--submit"_s})).exitCode == 0);
    const test::CliRun approved = runZhibiaoCli(june(db, {u"--approve"_s}));
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(u"13 of 13 submitted or approved (100%): 13 approved"_s));
    Workspace workspace(db);
    CHECK_THROWS_AS(workspace.entries().record(test::figure(u"budget_revenue"_s, 2022, 6, 9.0)), StorageError);
    CHECK(workspace.entries().latest(EntryKey{u"budget_revenue"_s, 2022, 6})->ytdValue == 3.21);
}

TEST_CASE("zhibiao approval works on a server as on a file", "[cli][approval][server]")
{
    const test::ServerDatabase server;
    const QString url = server.location().displayName();
    REQUIRE(runZhibiaoCli({u"server"_s, u"init"_s, u"--db"_s, url}).exitCode == 0);
    // The schema's owner connects: an administrator.
    const test::CliRun submitted = runZhibiaoCli(june(url, {u"--submit"_s, u"pm25"_s}));
    INFO(submitted.err.toStdString());
    REQUIRE(submitted.exitCode == 0);
    CHECK(lineOf(submitted.out, u"PM2.5"_s).contains(u"Submitted"_s, Qt::CaseInsensitive));
    CHECK(submitted.out.contains(u"1 of 13 submitted or approved"_s));
}
