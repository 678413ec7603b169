// The city statistics bureau's comparison tables, read in both layouts it
// publishes (tests/data/city/): recognised by their unit names, short
// forms matched, the period taken from the title, nothing dropped
// silently.
#include "core/import/indicatormatcher.h"
#include "core/import/peertablereader.h"
#include "core/import/rawtable.h"
#include "core/import/tablefile.h"
#include "core/import/unitmatcher.h"
#include "core/storage/seed.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QString cityFile(const char *name)
{
    return QStringLiteral(ZHIBIAO_TEST_DATA "/city/") + QString::fromUtf8(name);
}

struct Matchers
{
    Seed seed = bundledSeed();
    UnitMatcher units{seed.comparisonUnits};
    IndicatorMatcher indicators{seed.indicators};
};

std::optional<PeerTableReading> readFile(const Matchers &matchers, const char *name)
{
    return PeerTableReader(matchers.units, matchers.indicators).read(readTableFile(cityFile(name)));
}

const PeerFigure *find(const PeerTableReading &reading, const QString &unit, const QString &indicator)
{
    const auto found = std::ranges::find_if(reading.figures, [&](const PeerFigure &figure) {
        return figure.unitCode == unit && figure.indicatorCode == indicator;
    });
    return found == reading.figures.end() ? nullptr : &*found;
}

} // namespace

TEST_CASE("Unit names are matched in full, in short and in English, and nothing else is", "[import][city]")
{
    const Matchers matchers;
    const auto row = GENERATE(table<QString, QString>({
        {u"渌口区"_s, u"lukou"_s},
        {u"渌口"_s, u"lukou"_s},
        {u" 渌 口 "_s, u"lukou"_s},
        {u"醴陵"_s, u"liling"_s},
        {u"醴陵市"_s, u"liling"_s},
        {u"攸县"_s, u"youxian"_s},
        {u"全市"_s, u"city"_s},
        {u"Lukou District"_s, u"lukou"_s},
        {u"渌口镇"_s, QString()},
        {u"株洲"_s, QString()},
        {u"区"_s, QString()},
        {QString(), QString()},
    }));
    const auto [cell, code] = row;
    INFO(cell.toStdString());
    const ComparisonUnit *unit = matchers.units.match(cell);
    CHECK((unit ? unit->code : QString()) == code);
}

TEST_CASE("A table with units as rows gives each unit's growth, amount and published rank", "[import][city]")
{
    const Matchers matchers;
    const auto reading = readFile(matchers, "zhuzhou-2022-h1-units-as-rows.csv");
    REQUIRE(reading);
    CHECK(reading->layout == PeerTableReading::Layout::UnitsAsRows);
    CHECK(reading->period.year == 2022);
    CHECK(reading->period.month == 6);
    // Ten units × four indicators; the city has no rank, 渌口 is 渌口区.
    CHECK(reading->figures.size() == 40);
    const PeerFigure *lukouIndustry = find(*reading, u"lukou"_s, u"industry_va"_s);
    REQUIRE(lukouIndustry);
    CHECK(*lukouIndustry == PeerFigure{u"lukou"_s, u"industry_va"_s, 2022, 6, 12.5, std::nullopt, 2});
    const PeerFigure *cityRetail = find(*reading, u"city"_s, u"retail_sales"_s);
    REQUIRE(cityRetail);
    CHECK(*cityRetail == PeerFigure{u"city"_s, u"retail_sales"_s, 2022, 6, 5.3, 612.35, std::nullopt});
    CHECK(find(*reading, u"yanling"_s, u"gdp"_s)->publishedRank == 7);
    // The footnote is neither a unit nor a figure; nothing is left unread.
    CHECK(reading->unmatchedUnits.isEmpty());
    CHECK(reading->unmatchedIndicators.isEmpty());
    CHECK(reading->rejected.isEmpty());
}

TEST_CASE("A table with indicators as rows reads measures from the name, the unit column and the row above",
          "[import][city]")
{
    const Matchers matchers;
    const auto reading = readFile(matchers, "zhuzhou-2022-q3-indicators-as-rows.csv");
    REQUIRE(reading);
    CHECK(reading->layout == PeerTableReading::Layout::UnitsAsColumns);
    CHECK(reading->period.year == 2022);
    CHECK(reading->period.month == 9);
    // "规模工业增加值增速": growth.
    CHECK(find(*reading, u"lukou"_s, u"industry_va"_s)->growth == 12.3);
    // "一般公共预算收入" in 万元, then its growth: one figure with both.
    CHECK(*find(*reading, u"lukou"_s, u"budget_revenue"_s)
          == PeerFigure{u"lukou"_s, u"budget_revenue"_s, 2022, 9, 8.6, 68500.0, std::nullopt});
    // "社会消费品零售总额" over rows of 增速 and 位次.
    CHECK(*find(*reading, u"lukou"_s, u"retail_sales"_s)
          == PeerFigure{u"lukou"_s, u"retail_sales"_s, 2022, 9, 5.1, std::nullopt, 5});
    CHECK(find(*reading, u"city"_s, u"retail_sales"_s)->publishedRank == std::nullopt);
    // An indicator the database does not track is listed, not dropped silently.
    CHECK(reading->unmatchedIndicators == QStringList{u"旅游总收入增速(%)"_s});
    CHECK(reading->unmatchedUnits.isEmpty());
    CHECK(reading->figures.size() == 40); // ten units × industry, investment, revenue, retail
}

TEST_CASE("Unknown units, unreadable cells and a period from the options are reported", "[import][city]")
{
    const Matchers matchers;
    const RawTable table = RawTable::fromRows({
        {u"各县市区规模工业增加值"_s},
        {u"地区"_s, u"规模工业增加值增速"_s, u"位次"_s},
        {u"荷塘区"_s, u"8.1"_s, u"7"_s},
        {u"渌口区"_s, u"十二点五"_s, u"第2位"_s},
        {u"醴陵市"_s, u"11.2"_s, u"三"_s},
        {u"湘潭县"_s, u"9.9"_s, u""_s},
    });
    ImportOptions options;
    options.year = 2022;
    options.month = 5;
    const auto reading = PeerTableReader(matchers.units, matchers.indicators, options).read(table);
    REQUIRE(reading);
    CHECK(reading->period.isEmpty());
    CHECK(reading->unmatchedUnits == QStringList{u"湘潭县"_s});
    // "位次" alone after "规模工业增加值增速" is that indicator's rank.
    CHECK(reading->unmatchedIndicators.isEmpty());
    CHECK(find(*reading, u"hetang"_s, u"industry_va"_s)->publishedRank == 7);
    REQUIRE(reading->rejected.size() == 2);
    CHECK(reading->rejected.at(0).row == 4);
    CHECK(reading->rejected.at(0).cells == u"十二点五"_s);
    CHECK(reading->rejected.at(1).row == 5);
    CHECK(reading->rejected.at(1).cells == u"三"_s);
    const PeerFigure *heTang = find(*reading, u"hetang"_s, u"industry_va"_s);
    REQUIRE(heTang);
    CHECK(heTang->year == 2022);
    CHECK(heTang->month == 5);
    CHECK(find(*reading, u"lukou"_s, u"industry_va"_s)->publishedRank == 2); // "第2位"; its growth was unreadable
    CHECK_FALSE(find(*reading, u"lukou"_s, u"industry_va"_s)->growth);
}

TEST_CASE("A table of the district's own figures is not taken for the city's", "[import][city]")
{
    const Matchers matchers;
    const auto reading = PeerTableReader(matchers.units, matchers.indicators)
                             .read(readTableFile(QStringLiteral(ZHIBIAO_TEST_DATA "/import/wide-bureau.csv")));
    CHECK_FALSE(reading);
    // Two unit names in passing are not a comparison table either.
    CHECK_FALSE(PeerTableReader(matchers.units, matchers.indicators)
                    .read(RawTable::fromRows({{u"指标"_s, u"1-6月"_s, u"备注"_s},
                                              {u"规模工业增加值增速"_s, u"12.5"_s, u"渌口区"_s},
                                              {u"固定资产投资增速"_s, u"11.0"_s, u"醴陵市"_s}})));
}
