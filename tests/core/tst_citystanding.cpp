// Where the district stands among Zhuzhou's county-level units: ranks with
// ties, the indicator's polarity, the gap to the city and the move since
// the period before. Every expected figure is worked by hand beside it.
#include "core/progress/citycomparison.h"
#include "core/storage/seed.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QList<ComparisonUnit> zhuzhou()
{
    using Kind = ComparisonUnit::Kind;
    return {
        {u"hetang"_s, u"荷塘区"_s, u"Hetang District"_s, Kind::County, false, 1},
        {u"lusong"_s, u"芦淞区"_s, u"Lusong District"_s, Kind::County, false, 2},
        {u"shifeng"_s, u"石峰区"_s, u"Shifeng District"_s, Kind::County, false, 3},
        {u"tianyuan"_s, u"天元区"_s, u"Tianyuan District"_s, Kind::County, false, 4},
        {u"lukou"_s, u"渌口区"_s, u"Lukou District"_s, Kind::County, true, 5},
        {u"liling"_s, u"醴陵市"_s, u"Liling"_s, Kind::County, false, 6},
        {u"youxian"_s, u"攸县"_s, u"You County"_s, Kind::County, false, 7},
        {u"chaling"_s, u"茶陵县"_s, u"Chaling County"_s, Kind::County, false, 8},
        {u"yanling"_s, u"炎陵县"_s, u"Yanling County"_s, Kind::County, false, 9},
        {u"city"_s, u"全市"_s, u"Zhuzhou"_s, Kind::City, false, 10},
    };
}

// One indicator's growth by unit for a month (June, 1-6月, unless told), in the order of zhuzhou().
QList<PeerFigure> growths(const QList<std::optional<double>> &byUnit, int month = 6,
                          const QString &indicator = u"industry_va"_s)
{
    const QList<ComparisonUnit> units = zhuzhou();
    QList<PeerFigure> figures;
    for (qsizetype i = 0; i < byUnit.size(); ++i)
        figures.append({units.at(i).code, indicator, 2022, month, byUnit.at(i), std::nullopt, std::nullopt});
    return figures;
}

} // namespace

TEST_CASE("Ranks follow the growth, tied units share the better rank", "[citystanding]")
{
    const CityRanking ranking(zhuzhou(), false);
    //                       荷塘 芦淞 石峰 天元  渌口  醴陵  攸县  茶陵 炎陵  全市
    const auto figures = growths({8.1, 7.6, 9.0, 12.5, 12.5, 11.2, 10.4, 6.3, 9.8, 11.6});
    const QHash<QString, int> ranks = ranking.ranks(figures);
    // 12.5 twice → both 1st; 11.2 has two ahead → 3rd; then 10.4 4th,
    // 9.8 5th, 9.0 6th, 8.1 7th, 7.6 8th, 6.3 9th. The city is not ranked.
    CHECK(ranks.value(u"tianyuan"_s) == 1);
    CHECK(ranks.value(u"lukou"_s) == 1);
    CHECK(ranks.value(u"liling"_s) == 3);
    CHECK(ranks.value(u"youxian"_s) == 4);
    CHECK(ranks.value(u"yanling"_s) == 5);
    CHECK(ranks.value(u"shifeng"_s) == 6);
    CHECK(ranks.value(u"hetang"_s) == 7);
    CHECK(ranks.value(u"lusong"_s) == 8);
    CHECK(ranks.value(u"chaling"_s) == 9);
    CHECK_FALSE(ranks.contains(u"city"_s));

    const auto standing = ranking.standing(figures);
    REQUIRE(standing);
    CHECK(standing->ownGrowth == 12.5);
    CHECK(standing->rank == 1);
    CHECK(standing->unitCount == 9);
    CHECK(standing->cityGrowth == 11.6);
    CHECK(*standing->gapToCity == Approx(0.9)); // 12.5 − 11.6
    CHECK_FALSE(standing->rankChange);          // no earlier period given
}

TEST_CASE("Which growth ranks first follows the indicator's polarity", "[citystanding]")
{
    // Energy use per unit of GDP: a fall is good news, the largest fall ranks first.
    //                       荷塘  芦淞  石峰  天元  渌口  醴陵  攸县  茶陵  炎陵  全市
    const auto figures = growths({-2.0, -1.5, -3.4, -0.8, -3.1, 1.2, -2.6, -3.1, 0.4, -2.2});
    const auto row = GENERATE(table<bool, int, double>({
        // higher is better: above −3.1 are 1.2, 0.4, −0.8, −1.5, −2.0, −2.6 → six ahead, 7th (tied with 茶陵)
        {false, 7, -0.9},
        // lower is better: only −3.4 (石峰) is lower → 2nd, tied with 茶陵's −3.1
        {true, 2, -0.9},
    }));
    const auto [lowerIsBetter, rank, gap] = row;
    const auto standing = CityRanking(zhuzhou(), lowerIsBetter).standing(figures);
    REQUIRE(standing);
    CHECK(standing->rank == rank);
    CHECK(*standing->gapToCity == Approx(gap)); // −3.1 − (−2.2) = −0.9 either way: the gap is arithmetic
}

TEST_CASE("The change in rank is the rank before minus the rank now", "[citystanding]")
{
    const CityRanking ranking(zhuzhou(), false);
    // March (1-3月): 渌口 8.0 has 天元 9.1, 醴陵 8.8, 攸县 8.5, 石峰 8.2 ahead → 5th.
    //                      荷塘 芦淞 石峰 天元 渌口 醴陵 攸县 茶陵 炎陵 全市
    const auto march = growths({7.0, 6.1, 8.2, 9.1, 8.0, 8.8, 8.5, 5.9, 7.7, 8.1});
    // June: 渌口 10.6 has 天元 11.0 and 醴陵 10.9 ahead → 3rd: up two places.
    const auto june = growths({7.4, 6.5, 9.0, 11.0, 10.6, 10.9, 9.9, 6.0, 8.3, 9.7});
    const auto up = ranking.standing(june, march);
    REQUIRE(up);
    CHECK(up->rank == 3);
    CHECK(up->rankChange == 2);
    // The other way round, March after June: down two places.
    const auto down = ranking.standing(march, june);
    REQUIRE(down);
    CHECK(down->rank == 5);
    CHECK(down->rankChange == -2);
    // An earlier period in which the district had no figure states no change.
    auto withoutOwn = march;
    withoutOwn[4].growth.reset();
    CHECK_FALSE(ranking.standing(june, withoutOwn)->rankChange);
}

TEST_CASE("Units without a growth figure are left out of the count", "[citystanding]")
{
    const CityRanking ranking(zhuzhou(), false);
    // 芦淞 and 炎陵 have not reported, the city neither: seven ranked, no gap.
    //                       荷塘  芦淞        石峰 天元 渌口 醴陵 攸县 茶陵 炎陵          全市
    const auto figures = growths({8.1, std::nullopt, 9.0, 7.2, 8.6, 11.2, 10.4, 6.3, std::nullopt, std::nullopt});
    const auto standing = ranking.standing(figures);
    REQUIRE(standing);
    CHECK(standing->unitCount == 7);
    CHECK(standing->rank == 4); // 11.2, 10.4 and 9.0 ahead of 8.6
    CHECK_FALSE(standing->cityGrowth);
    CHECK_FALSE(standing->gapToCity);
}

TEST_CASE("No standing is stated without the district's own growth", "[citystanding]")
{
    const CityRanking ranking(zhuzhou(), false);
    auto figures = growths({8.1, 7.6, 9.0, 12.5, 12.5, 11.2, 10.4, 6.3, 9.8, 11.6});
    figures[4].growth.reset();
    CHECK_FALSE(ranking.standing(figures));
    CHECK_FALSE(ranking.standing({}));
    // Nor without a unit marked as the district's own.
    QList<ComparisonUnit> units = zhuzhou();
    units[4].ownDistrict = false;
    CHECK_FALSE(CityRanking(units, false).standing(growths({8.1, 7.6, 9.0, 12.5, 12.5, 11.2, 10.4, 6.3, 9.8, 11.6})));
}

TEST_CASE("The rank the city published is carried to be checked against", "[citystanding]")
{
    const CityRanking ranking(zhuzhou(), false);
    auto figures = growths({8.1, 7.6, 9.0, 12.5, 12.5, 11.2, 10.4, 6.3, 9.8, 11.6});
    figures[4].publishedRank = 2; // the city put 天元 first on a digit Zhibiao does not have
    const auto standing = ranking.standing(figures);
    REQUIRE(standing);
    CHECK(standing->rank == 1);
    CHECK(standing->publishedRank == 2);
}

TEST_CASE("A period without its own table takes the latest one before it", "[citystanding]")
{
    //                                  荷塘 芦淞 石峰 天元 渌口 醴陵 攸县 茶陵 炎陵 全市
    const auto march = growths({7.0, 6.1, 8.2, 9.1, 8.0, 8.8, 8.5, 5.9, 7.7, 8.1}, 3);   // 渌口 5th
    const auto june = growths({7.4, 6.5, 9.0, 11.0, 10.6, 10.9, 9.9, 6.0, 8.3, 9.7}, 6);  // 渌口 3rd
    const auto august = growths({7.5, 6.6, 9.1, 11.2, 11.4, 10.8, 9.7, 6.1, 8.4, 9.9}, 8); // 渌口 1st
    const CityComparison comparison(zhuzhou(), bundledSeed().indicators, march + june + august);

    CHECK_FALSE(comparison.standing(u"industry_va"_s, 2)); // before the first table
    CHECK_FALSE(comparison.standing(u"gdp"_s, 6));         // no table for GDP
    const auto row = GENERATE(table<int, int, int, std::optional<int>, std::optional<int>>({
        {3, 3, 5, std::nullopt, std::nullopt}, // the first table: no change stated
        {5, 3, 5, std::nullopt, std::nullopt}, // May has none: March's stands
        {6, 6, 3, 2, 3},                       // 5th → 3rd: up two since March
        {7, 6, 3, 2, 3},
        {12, 8, 1, 2, 6},                      // December: August's table is the latest; 3rd → 1st since June
    }));
    const auto [asOf, tableMonth, rank, change, since] = row;
    INFO("as of month " << asOf);
    const auto standing = comparison.standing(u"industry_va"_s, asOf);
    REQUIRE(standing);
    CHECK(standing->month == tableMonth);
    CHECK(standing->rank == rank);
    CHECK(standing->rankChange == change);
    CHECK(standing->previousMonth == since);
    CHECK(comparison.figures(u"industry_va"_s, asOf).first().month == tableMonth);
}

TEST_CASE("The rank's path has one point per quarter that has a table", "[citystanding]")
{
    const auto march = growths({7.0, 6.1, 8.2, 9.1, 8.0, 8.8, 8.5, 5.9, 7.7, 8.1}, 3);   // 5th
    const auto may = growths({7.0, 6.1, 8.2, 9.1, 9.5, 8.8, 8.5, 5.9, 7.7, 8.1}, 5);     // 1st
    const auto august = growths({7.5, 6.6, 9.1, 11.2, 11.4, 10.8, 9.7, 6.1, 8.4, 9.9}, 8); // 1st
    const CityComparison comparison(zhuzhou(), bundledSeed().indicators, march + may + august);
    // Q1: March's table; Q2 (to June): May's; Q3 (to September): August's; Q4 none of its own.
    const QList<CityStanding> path = comparison.quarterPath(u"industry_va"_s, 12);
    REQUIRE(path.size() == 3);
    CHECK(path.at(0).month == 3);
    CHECK(path.at(0).rank == 5);
    CHECK(path.at(1).month == 5);
    CHECK(path.at(1).rank == 1);
    CHECK(path.at(2).month == 8);
    // As of June, the path ends at the second quarter.
    CHECK(comparison.quarterPath(u"industry_va"_s, 6).size() == 2);
}

TEST_CASE("The comparison ranks each indicator by its own polarity", "[citystanding]")
{
    // PM2.5 is lower-is-better in the seed: the lowest change ranks first.
    //                                荷塘  芦淞  石峰  天元  渌口  醴陵  攸县  茶陵  炎陵  全市
    const auto pm25 = growths({-2.0, -1.5, -3.4, -0.8, -4.1, 1.2, -2.6, -3.1, 0.4, -2.2}, 6, u"pm25"_s);
    const CityComparison comparison(zhuzhou(), bundledSeed().indicators, pm25);
    CHECK(comparison.standing(u"pm25"_s, 6)->rank == 1);
    CHECK(comparison.ranks(u"pm25"_s, 6).value(u"liling"_s) == 9);
}
