// Importing the city's comparison table into a database: new, revised and
// unchanged figures, the undo, a table without a period, and the warnings
// for a table that disagrees with the district's figures or with its own
// ranks. On both engines.
#include "core/import/importerror.h"
#include "core/import/indicatormatcher.h"
#include "core/import/peerimportplan.h"
#include "core/import/rawtable.h"
#include "core/import/tablefile.h"
#include "core/import/unitmatcher.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

PeerTableReading readTable(Workspace &workspace, const RawTable &table, const ImportOptions &options = {})
{
    const UnitMatcher units(workspace.comparison().units());
    const IndicatorMatcher indicators(workspace.indicators().all());
    const auto reading = PeerTableReader(units, indicators, options).read(table);
    REQUIRE(reading);
    return *reading;
}

RawTable halfYearFile()
{
    return readTableFile(QStringLiteral(ZHIBIAO_TEST_DATA "/city/zhuzhou-2022-h1-units-as-rows.csv"));
}

// A small table of industry growth with its published ranks.
RawTable industryTable(const QString &title, const QString &lukouGrowth, const QString &lukouRank)
{
    return RawTable::fromRows({
        {title},
        {u"县市区"_s, u"规模工业增加值增速(%)"_s, u"位次"_s},
        {u"全市"_s, u"11.6"_s, QString()},
        {u"天元区"_s, u"13.0"_s, u"1"_s},
        {u"渌口区"_s, lukouGrowth, lukouRank},
        {u"醴陵市"_s, u"11.2"_s, u"3"_s},
    });
}

} // namespace

TEST_CASE("The city's table is stored once, again it changes nothing, undone it is gone", "[import][city]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;

    const PeerImportPlan plan = PeerImportPlan::build(readTable(workspace, halfYearFile()), workspace);
    CHECK(plan.newCount() == 40);
    CHECK(plan.changes().size() == 40);
    CHECK(plan.warnings().isEmpty()); // its ranks agree with its growth; no own figures entered
    plan.apply(workspace.comparison());
    CHECK(workspace.comparison().figures(2022).size() == 40);

    const PeerImportPlan again = PeerImportPlan::build(readTable(workspace, halfYearFile()), workspace);
    CHECK(again.changes().isEmpty());
    CHECK(again.unchangedCount() == 40);

    // Writing what the cells held before undoes the import.
    workspace.comparison().write(plan.before());
    CHECK(workspace.comparison().figures(2022).isEmpty());
}

TEST_CASE("A revised table revises only the figures it changes, and its undo restores them", "[import][city]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const RawTable first = industryTable(u"2022年1-6月"_s, u"12.5"_s, u"2"_s);
    PeerImportPlan::build(readTable(workspace, first), workspace).apply(workspace.comparison());
    const QList<PeerFigure> before = workspace.comparison().figures(2022);

    const PeerImportPlan revised =
        PeerImportPlan::build(readTable(workspace, industryTable(u"2022年1-6月"_s, u"12.7"_s, u"2"_s)), workspace);
    REQUIRE(revised.changes().size() == 1);
    CHECK(revised.newCount() == 0);
    CHECK(revised.unchangedCount() == 3);
    CHECK(revised.before().first().growth == 12.5);
    revised.apply(workspace.comparison());
    CHECK(workspace.comparison().figures(2022) != before);
    workspace.comparison().write(revised.before());
    CHECK(workspace.comparison().figures(2022) == before);
}

TEST_CASE("The district's own line is checked against its figures, and each published rank against the growth",
          "[import][city]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    workspace.entries().record(test::figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.3));

    // The table says 12.5 where 12.3 was entered, and puts 渌口 3rd behind
    // 醴陵's 11.2, which its own growth ranks 2nd (only 天元's 13.0 ahead).
    const PeerImportPlan plan =
        PeerImportPlan::build(readTable(workspace, industryTable(u"2022年1-6月"_s, u"12.5"_s, u"3"_s)), workspace);
    INFO(plan.warnings().join(u'\n').toStdString());
    CHECK(plan.warnings()
          == QStringList{
              u"Value added of industry above designated size, Jan–Jun: the city's table gives Lukou District a "
              "growth of 12.5%, the figure entered here is 12.3%."_s,
              u"Value added of industry above designated size, Jan–Jun: the city's table puts Lukou District in "
              "place 3, its growth in the table puts it in place 2."_s,
          });
    // Within rounding, no warning.
    const PeerImportPlan agreeing =
        PeerImportPlan::build(readTable(workspace, industryTable(u"2022年1-6月"_s, u"12.34"_s, u"2"_s)), workspace);
    CHECK(agreeing.warnings().isEmpty());
}

TEST_CASE("A city table without a year-to-date period is refused before anything is written", "[import][city]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    CHECK_THROWS_AS(PeerImportPlan::build(readTable(workspace, industryTable(u"各县市区"_s, u"12.5"_s, u"2"_s)),
                                          workspace),
                    ImportError);
    CHECK_THROWS_AS(
        PeerImportPlan::build(readTable(workspace, industryTable(u"2022年3-5月"_s, u"12.5"_s, u"2"_s)), workspace),
        ImportError);
    // The period given instead of the title's.
    ImportOptions options;
    options.year = 2022;
    options.month = 6;
    const PeerImportPlan given =
        PeerImportPlan::build(readTable(workspace, industryTable(u"各县市区"_s, u"12.5"_s, u"2"_s), options),
                              workspace);
    CHECK(given.changes().first().month == 6);
    CHECK(workspace.comparison().figures(2022).isEmpty());
}
