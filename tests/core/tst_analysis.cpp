// The analysis that opens the PDF summary: one sentence per criterion from
// the engine's numbers only, for each kind of target (exact English text;
// the Chinese is the translation's, checked in the app's tests).
#include "core/progress/citycomparison.h"
#include "core/progress/progressseries.h"
#include "core/report/analysistext.h"
#include "core/storage/seed.h"
#include "tests/support/progressfixture.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

QString sentence(const ProgressEngine &engine, const Target &target, int asOf, int criterion = 0)
{
    const ProgressSeries series(engine, bundledSeed().indicators, target, *Period::fromMonth(asOf));
    return analysisSentence(series.latest().criteria.at(criterion), series.quarters(criterion));
}

// Industry's growth in the city's June table: 渌口 12.5 with 天元 13.0 and 醴陵 12.8 ahead → 3rd of 9; the city 11.6.
ProgressEngine withCityTable(const QList<Entry> &figures)
{
    const Seed seed = bundledSeed();
    QList<PeerFigure> table;
    const QList<std::pair<QString, double>> growth = {
        {u"city"_s, 11.6},    {u"hetang"_s, 8.1},  {u"lusong"_s, 7.6},   {u"shifeng"_s, 9.0}, {u"tianyuan"_s, 13.0},
        {u"lukou"_s, 12.5},   {u"liling"_s, 12.8}, {u"youxian"_s, 10.4}, {u"chaling"_s, 6.3}, {u"yanling"_s, 9.8}};
    for (const auto &[unit, value] : growth)
        table.append({unit, u"industry_va"_s, 2022, 6, value, std::nullopt, std::nullopt});
    QList<Entry> thisYear;
    for (const Entry &entry : figures)
        thisYear.append(entry);
    return ProgressEngine(seed.indicators, YearFigures(2022, thisYear, {}),
                          CityComparison(seed.comparisonUnits, seed.indicators, table));
}

} // namespace

TEST_CASE("A growth target's sentence gives the growth, the gap to the target and the standing in the city",
          "[report][analysis]")
{
    const ProgressEngine engine =
        withCityTable({figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.5)});
    // 12.5 − 12 = +0.5; 12.5 − 11.6 = +0.9.
    CHECK(sentence(engine, seedTarget(2), 6)
          == u"Jan–Jun: Value added of industry above designated size grew 12.5% year on year, 0.5 points above the "
             "annual target, 3rd of 9 in the city, 0.9 points above the city average."_s);
    // Without the city's table no rank is stated.
    const ProgressEngine alone = engine2022({figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 11.7)});
    CHECK(sentence(alone, seedTarget(2), 6)
          == u"Jan–Jun: Value added of industry above designated size grew 11.7% year on year, 0.3 points below the "
             "annual target."_s);
}

TEST_CASE("A fall, a targeted fall and a year-end verdict read as such", "[report][analysis]")
{
    const ProgressEngine engine = engine2022({
        figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, -0.3),
        figure(u"energy_intensity"_s, 2022, 12, std::nullopt, std::nullopt, -3.4),
        figure(u"industry_va"_s, 2022, 12, std::nullopt, std::nullopt, 11.4),
    });
    // −0.3 − 8.5 = −8.8.
    CHECK(sentence(engine, seedTarget(1), 6)
          == u"H1: Gross domestic product (GDP) fell 0.3% year on year, 8.8 points below the annual target."_s);
    // Energy intensity to fall 3%: −3.4 is 0.4 more; at year end the target is met.
    CHECK(sentence(engine, withFigures(seedTarget(9), {85.0, 3.0}), 12, 1)
          == u"Full year: Energy consumption per unit of GDP fell 3.4% year on year, 0.4 points more than the "
             "targeted fall, the annual target is achieved."_s);
    // 11.4 − 12 = −0.6 at year end: not achieved.
    CHECK(sentence(engine, seedTarget(2), 12)
          == u"Jan–Dec: Value added of industry above designated size grew 11.4% year on year, 0.6 points below the "
             "annual target, the annual target is not achieved."_s);
}

TEST_CASE("An amount's sentence gives the share done against time progress", "[report][analysis]")
{
    // Grain, city-set 94,000 t: 40,000 by June is 42.6% done, 7.4 points behind 50%.
    const ProgressEngine engine = engine2022({figure(u"grain"_s, 2022, 6, 40000.0)});
    CHECK(sentence(engine, withFigures(seedTarget(8), {94000.0}), 6)
          == u"Jan–Jun: Grain output 40,000 吨, 42.6% of the annual target done, 7.4 points behind time progress."_s);
}

TEST_CASE("A figure older than the period, or none at all, is said and not judged", "[report][analysis]")
{
    const ProgressEngine engine = engine2022({figure(u"budget_revenue"_s, 2022, 6, 68500.0, 63000.0, 8.7)});
    CHECK(sentence(engine, seedTarget(4), 12)
          == u"Jan–Dec: no figure of Local general public budget revenue yet; the latest is for Jan–Jun."_s);
    CHECK(sentence(engine, seedTarget(5), 6) == u"Jan–Jun: no figure of Retail sales of consumer goods yet."_s);
}

TEST_CASE("A comparison with another series names it and the gap", "[report][analysis]")
{
    // Unemployment 5.1% below the city's 5.4%: +0.3 points of good news.
    const ProgressEngine engine =
        engine2022({figure(u"unemployment"_s, 2022, 6, 5.1), figure(u"unemployment_city"_s, 2022, 6, 5.4)});
    const QString text = sentence(engine, seedTarget(6), 6);
    INFO(text.toStdString());
    CHECK(text.startsWith(u"Jan–Jun: Urban surveyed unemployment rate 5.1%, against "_s));
    CHECK(text.contains(u"5.4%"_s));
    CHECK(text.endsWith(u"+0.3 pp."_s));
}
