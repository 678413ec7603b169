#include "storageerror.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Entry budgetEntry(double ytd, const QString &by, int day)
{
    // Budget revenue 1-3月 2022 in 万元.
    return Entry{{u"budget_revenue"_s, 2022, 3}, ytd, 21345.0, std::nullopt, {}, u"区财政局"_s, by,
                 QDateTime(QDate(2022, 4, day), QTime(10, 0), Qt::UTC)};
}

} // namespace

TEST_CASE("The latest revision wins and every earlier one is kept", "[storage][revisions]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"revisions.sqlite"_s);
    const Entry first = budgetEntry(23010.0, u"zhang"_s, 10);
    const Entry revised = budgetEntry(23120.5, u"li"_s, 20);
    {
        Workspace workspace(path);
        workspace.entries().record(first);
        workspace.entries().record(revised);
    }
    Workspace workspace(path);
    CHECK(workspace.entries().latest(first.key) == revised);
    CHECK(workspace.entries().history(first.key) == QList<Entry>{first, revised});
    const QList<Entry> year = workspace.entries().forYear(2022);
    REQUIRE(year.size() == 1);
    CHECK(year.first() == revised);
    CHECK(workspace.entries().forYear(2021).isEmpty());
}

TEST_CASE("Clearing a value is a revision too", "[storage][revisions]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"cleared.sqlite"_s));
    const Entry value = budgetEntry(23010.0, u"zhang"_s, 10);
    Entry cleared = value;
    cleared.ytdValue.reset();
    cleared.lastYearValue.reset();
    cleared.enteredAt = cleared.enteredAt.addDays(1);
    workspace.entries().record(value);
    workspace.entries().record(cleared);
    CHECK_FALSE(workspace.entries().latest(value.key));
    CHECK(workspace.entries().history(value.key).size() == 2);
    CHECK(workspace.entries().forYear(2022).isEmpty());
}

TEST_CASE("A batch of entries is stored whole or not at all", "[storage][revisions]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"batch.sqlite"_s));
    const Entry good = budgetEntry(23010.0, u"zhang"_s, 10);
    Entry badMonth = good;
    badMonth.key.month = 13; // the schema refuses months outside 1..12
    Entry second = good;
    second.key.month = 4;
    CHECK_THROWS_AS(workspace.entries().recordAll({good, badMonth, second}), StorageError);
    CHECK(workspace.entries().forYear(2022).isEmpty());

    Entry unknownIndicator = good;
    unknownIndicator.key.indicatorCode = u"no_such_indicator"_s;
    CHECK_THROWS_AS(workspace.entries().record(unknownIndicator), StorageError);

    workspace.entries().recordAll({good, second});
    CHECK(workspace.entries().forYear(2022).size() == 2);
}

TEST_CASE("Recording announces the changed cells", "[storage][revisions]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"signal.sqlite"_s));
    QSignalSpy spy(&workspace.entries(), &EntryRepository::entriesChanged);
    const Entry entry = budgetEntry(23010.0, u"zhang"_s, 10);
    workspace.entries().record(entry);
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).value<QList<EntryKey>>() == QList<EntryKey>{entry.key});
}
