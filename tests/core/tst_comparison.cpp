// The city's comparison table as stored: the units a new database is
// seeded with, the peer figures written and read back on both engines, a
// write refused as a whole, and the standing the year's progress reads.
#include "core/progress/yearprogress.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

PeerFigure industry(const QString &unit, int month, std::optional<double> growth,
                    std::optional<int> publishedRank = std::nullopt)
{
    return {unit, u"industry_va"_s, 2022, month, growth, std::nullopt, publishedRank};
}

// June (1-6月): 渌口 12.5 behind 天元 13.0 only → 2nd of nine; the city 11.6.
QList<PeerFigure> juneTable()
{
    return {industry(u"city"_s, 6, 11.6),     industry(u"hetang"_s, 6, 8.1),   industry(u"lusong"_s, 6, 7.6),
            industry(u"shifeng"_s, 6, 9.0),   industry(u"tianyuan"_s, 6, 13.0), industry(u"lukou"_s, 6, 12.5, 2),
            industry(u"liling"_s, 6, 11.2),   industry(u"youxian"_s, 6, 10.4), industry(u"chaling"_s, 6, 6.3),
            industry(u"yanling"_s, 6, 9.8)};
}

} // namespace

TEST_CASE("A new Zhuzhou database lists the city's units with the district's own marked", "[storage][comparison]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    const QList<ComparisonUnit> units = opened->comparison().units();
    REQUIRE(units.size() == 10);
    CHECK(units.at(0).code == u"city"_s);
    CHECK(units.at(5).nameZh == u"渌口区"_s);
    CHECK(units.at(5).ownDistrict);
    CHECK(std::ranges::count_if(units, &ComparisonUnit::ownDistrict) == 1);
}

TEST_CASE("Peer figures are stored, replaced and removed by unit, indicator and month", "[storage][comparison]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    ComparisonRepository &comparison = opened->comparison();

    comparison.write(juneTable());
    QList<PeerFigure> stored = comparison.figures(2022);
    CHECK(stored.size() == 10);
    CHECK(std::ranges::count(stored, industry(u"lukou"_s, 6, 12.5, 2)) == 1);
    CHECK(comparison.figures(2021).isEmpty());

    // The city's revised table replaces a unit's figure; a figure with
    // nothing in it takes the unit out of the table.
    comparison.write({industry(u"lukou"_s, 6, 12.7), industry(u"chaling"_s, 6, std::nullopt)});
    stored = comparison.figures(2022);
    CHECK(stored.size() == 9);
    CHECK(std::ranges::count(stored, industry(u"lukou"_s, 6, 12.7)) == 1);
    CHECK(std::ranges::none_of(stored, [](const PeerFigure &figure) { return figure.unitCode == u"chaling"_s; }));

    // Exact doubles and an amount read back as written.
    PeerFigure withAmount = industry(u"liling"_s, 6, 0.1 + 0.2);
    withAmount.amount = 123.456789012345;
    comparison.write({withAmount});
    CHECK(std::ranges::count(comparison.figures(2022), withAmount) == 1);
}

TEST_CASE("Peer figures naming a unit the database lacks are refused as a whole", "[storage][comparison]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    ComparisonRepository &comparison = opened->comparison();
    comparison.write(juneTable());

    QList<PeerFigure> revised = {industry(u"lukou"_s, 6, 99.0), industry(u"xiangtan"_s, 6, 5.0)};
    CHECK_THROWS_AS(comparison.write(revised), StorageError);
    revised = {industry(u"lukou"_s, 6, 99.0), {u"lukou"_s, u"no_such_indicator"_s, 2022, 6, 5.0, {}, {}}};
    CHECK_THROWS_AS(comparison.write(revised), StorageError);
    CHECK(std::ranges::count(comparison.figures(2022), industry(u"lukou"_s, 6, 12.5, 2)) == 1);
}

TEST_CASE("The year's progress states the district's rank beside the criterion it judges", "[progress][comparison]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    opened->entries().record(test::figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.5));
    opened->comparison().write(juneTable());

    const YearProgress progress = loadYearProgress(*opened, 2022, Period::fromMonth(6));
    const QList<TargetProgress> judged = progress.engine.evaluate(progress.targets, progress.asOf);
    for (const TargetProgress &target : judged) {
        for (const CriterionProgress &criterion : target.criteria) {
            INFO(criterion.criterion.indicatorCode.toStdString());
            if (criterion.criterion.indicatorCode != u"industry_va"_s) {
                CHECK_FALSE(criterion.cityStanding); // no table for it: no rank is stated
                continue;
            }
            const auto &standing = criterion.cityStanding;
            REQUIRE(standing);
            CHECK(standing->month == 6);
            CHECK(standing->rank == 2); // only 天元's 13.0 ahead
            CHECK(standing->unitCount == 9);
            CHECK(*standing->gapToCity == Approx(0.9)); // 12.5 − 11.6
            CHECK(standing->publishedRank == 2);
        }
    }
}

TEST_CASE("The units are saved as a whole list: names swapped, our district and the city moved", "[storage][comparison]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    ComparisonRepository &comparison = opened->comparison();
    comparison.write(juneTable());

    QList<ComparisonUnit> units = comparison.units();
    // Two Chinese names swapped, our district and the city moved in one
    // save: each step alone would trip a unique index half way.
    std::swap(units[1].nameZh, units[2].nameZh);
    for (ComparisonUnit &unit : units) {
        unit.ownDistrict = unit.code == u"liling"_s;
        unit.kind = unit.code == u"hetang"_s ? ComparisonUnit::Kind::City : ComparisonUnit::Kind::County;
    }
    units.move(6, 0); // 醴陵 first
    for (int i = 0; i < units.size(); ++i)
        units[i].sortOrder = i;
    comparison.saveUnits(units);
    CHECK(comparison.units() == units);
    CHECK(comparison.figures(2022).size() == 10); // the figures stay with their units

    // A list with two own districts, a Chinese name twice or a blank name is refused whole.
    QList<ComparisonUnit> twoOwn = units;
    twoOwn[1].ownDistrict = true;
    REQUIRE_THROWS_AS(comparison.saveUnits(twoOwn), StorageError);
    QList<ComparisonUnit> sameName = units;
    sameName[3].nameZh = sameName[4].nameZh;
    REQUIRE_THROWS_AS(comparison.saveUnits(sameName), StorageError);
    QList<ComparisonUnit> blank = units;
    blank[2].nameEn = u"  "_s;
    REQUIRE_THROWS_AS(comparison.saveUnits(blank), StorageError);
    CHECK(comparison.units() == units);
}

TEST_CASE("A comparison unit with figures is not removed, and the message counts them", "[storage][comparison]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    ComparisonRepository &comparison = opened->comparison();
    comparison.write(juneTable());
    comparison.write({industry(u"chaling"_s, 3, 5.0)});
    CHECK(comparison.figureCount(u"chaling"_s) == 2);
    CHECK(comparison.figureCount(u"nowhere"_s) == 0);

    try {
        comparison.removeUnit(u"chaling"_s);
        FAIL("removed a unit with figures");
    } catch (const StorageError &error) {
        CHECK(error.code() == StorageError::Code::InUse);
        CHECK(error.message().contains(u"2"_s));
    }
    QList<ComparisonUnit> without = comparison.units();
    without.removeIf([](const ComparisonUnit &unit) { return unit.code == u"chaling"_s; });
    REQUIRE_THROWS_AS(comparison.saveUnits(without), StorageError);
    CHECK(comparison.units().size() == 10);
    CHECK(comparison.figures(2022).size() == 11);

    // Once its figures are gone it goes.
    comparison.write({industry(u"chaling"_s, 3, std::nullopt), industry(u"chaling"_s, 6, std::nullopt)});
    comparison.saveUnits(without);
    CHECK(comparison.units() == without);
}
