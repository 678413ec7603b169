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
