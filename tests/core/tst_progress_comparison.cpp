// Targets that compare two series: unemployment against the city's rate,
// income growth against GDP growth, and ecology against last year.
#include "tests/support/progressfixture.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

TEST_CASE("Unemployment must stay below the city's rate at the same month", "[progress][reference]")
{
    const ProgressEngine engine = engine2022({
        figure(u"unemployment"_s, 2022, 6, 5.1), figure(u"unemployment_city"_s, 2022, 6, 5.4),
        figure(u"unemployment"_s, 2022, 7, 5.2), // the city's July rate is not out yet
        figure(u"unemployment"_s, 2022, 9, 5.6), figure(u"unemployment_city"_s, 2022, 9, 5.5),
        figure(u"unemployment"_s, 2022, 12, 5.3), figure(u"unemployment_city"_s, 2022, 12, 5.3),
    });
    const Target target = seedTarget(6);
    // as of, month compared, district, city, gap = city − district, status.
    const auto row = GENERATE(table<int, int, double, double, double, Status>({
        {6, 6, 5.1, 5.4, 0.3, Status::OnTrack},  // 5.4 − 5.1 = 0.3 below the city
        // July has no city rate: June, both series, shown as June's, with
        // no verdict for July.
        {7, 6, 5.1, 5.4, 0.3, Status::NoData},
        {9, 9, 5.6, 5.5, -0.1, Status::Behind},  // 0.1 above the city
        {12, 12, 5.3, 5.3, 0.0, Status::Missed}, // equal is not below: at year end, not achieved
    }));
    const auto [asOf, compared, district, city, gap, status] = row;
    const CriterionProgress progress = engine.evaluate(target, *Period::fromMonth(asOf)).criteria.first();
    CHECK(progress.measure == Measure::Level);
    CHECK(progress.dataPeriod->month() == compared);
    CHECK(progress.referencePeriod->month() == compared);
    CHECK(*progress.actual == Approx(district));
    CHECK(*progress.referenceValue == Approx(city));
    CHECK(*progress.gap == Approx(gap).margin(1e-9));
    CHECK(progress.status == status);
}

TEST_CASE("Unemployment without any city rate says the reference is missing", "[progress][reference]")
{
    const ProgressEngine engine = engine2022({figure(u"unemployment"_s, 2022, 6, 5.1)});
    const CriterionProgress progress = engine.evaluate(seedTarget(6), *Period::fromMonth(6)).criteria.first();
    CHECK(progress.status == Status::NoData);
    CHECK(progress.missing == Missing::ReferenceFigures);
    CHECK(*progress.actual == Approx(5.1));
}

TEST_CASE("Income growth is compared with GDP growth at the latest quarter both have", "[progress][reference]")
{
    const ProgressEngine engine = engine2022({
        // Q1 income from amounts: 10,850 ÷ 10,100 = 1.074257 → 7.43%.
        figure(u"income"_s, 2022, 3, 10850.0, 10100.0),
        figure(u"income"_s, 2022, 6, std::nullopt, std::nullopt, 7.9),
        figure(u"income"_s, 2022, 9, std::nullopt, std::nullopt, 8.1),
        figure(u"gdp"_s, 2022, 3, std::nullopt, std::nullopt, 6.9),
        figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 8.6),
        // GDP for Q1-Q3 is not published yet.
    });
    const Target income = seedTarget(7);
    const CriterionProgress q1 = engine.evaluate(income, *Period::quarterEnd(1)).criteria.first();
    CHECK(q1.growthSource == GrowthSource::Computed);
    CHECK(*q1.actual == Approx(7.4257).epsilon(1e-4));
    CHECK(*q1.referenceValue == Approx(6.9));
    CHECK(*q1.gap == Approx(0.5257).epsilon(1e-3)); // 7.4257 − 6.9
    CHECK(q1.status == Status::OnTrack);
    // As of Q3 income has 8.1 but GDP only H1: compare H1, 7.9 − 8.6 = −0.7.
    const CriterionProgress q3 = engine.evaluate(income, *Period::quarterEnd(3)).criteria.first();
    CHECK(q3.dataPeriod->month() == 6);
    CHECK(q3.referencePeriod->month() == 6);
    CHECK(*q3.actual == Approx(7.9));
    CHECK(*q3.referenceValue == Approx(8.6));
    CHECK(*q3.gap == Approx(-0.7));
    // The comparison is the first half's: no verdict for the third quarter yet.
    CHECK(q3.isStale());
    CHECK(q3.status == Status::NoData);
}

TEST_CASE("Ecology: PM2.5 must fall and good-air days must rise against last year", "[progress][ecology]")
{
    const ProgressEngine engine = engine2022({
        // 1-6月: PM2.5 38 against 41 (lower is better: 3 better);
        //        good-air share 86.5% against 88.0% (1.5 pp worse).
        figure(u"pm25"_s, 2022, 6, 38.0, 41.0),
        figure(u"air_good_days"_s, 2022, 6, 86.5, 88.0),
        // Full year, last year's values from 2021's own entries: 35 vs 37, 90.1 vs 89.3.
        figure(u"pm25"_s, 2021, 12, 37.0),
        figure(u"air_good_days"_s, 2021, 12, 89.3),
        figure(u"pm25"_s, 2022, 12, 35.0),
        figure(u"air_good_days"_s, 2022, 12, 90.1),
    });
    const Target ecology = seedTarget(10);
    const TargetProgress june = engine.evaluate(ecology, *Period::fromMonth(6));
    const CriterionProgress &goodDays = june.criteria.at(0);
    const CriterionProgress &pm25 = june.criteria.at(1);
    CHECK(*pm25.lastYearValue == Approx(41.0));
    CHECK(*pm25.gap == Approx(3.0)); // 41 − 38: lower is better
    CHECK(pm25.status == Status::OnTrack);
    CHECK(*goodDays.gap == Approx(-1.5)); // 86.5 − 88.0
    CHECK(goodDays.status == Status::Behind);
    CHECK(june.status == Status::Behind);

    const TargetProgress year = engine.evaluate(ecology, Period::yearEnd());
    CHECK(*year.criteria.at(1).gap == Approx(2.0));  // 37 − 35
    CHECK(*year.criteria.at(0).gap == Approx(0.8));  // 90.1 − 89.3
    CHECK(year.status == Status::Achieved);
}

TEST_CASE("Ecology without last year's figures cannot be judged", "[progress][ecology]")
{
    const ProgressEngine engine = engine2022({figure(u"pm25"_s, 2022, 6, 38.0)});
    const CriterionProgress pm25 = engine.evaluate(seedTarget(10), *Period::fromMonth(6)).criteria.at(1);
    CHECK(pm25.status == Status::NoData);
    CHECK(pm25.missing == Missing::LastYearFigures);
    CHECK(*pm25.actual == Approx(38.0));
}

TEST_CASE("The ten seeded targets all get a verdict from one data set", "[progress]")
{
    // A plausible 1-6月 2022 for every target: the dashboard's first screen.
    QList<Target> targets;
    for (int ordinal = 1; ordinal <= 10; ++ordinal)
        targets.append(seedTarget(ordinal));
    targets[7] = withFigures(targets[7], {92000.0});
    targets[8] = withFigures(targets[8], {85.0, 3.0});
    const ProgressEngine engine = engine2022({
        figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 8.6),                // +0.1 → on track
        figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 11.2),       // −0.8 → behind
        figure(u"fai"_s, 2022, 6, std::nullopt, std::nullopt, 15.8),               // +0.8 → on track
        figure(u"budget_revenue"_s, 2022, 6, 54000.0, 50000.0),                    // 8.0 → on track
        figure(u"retail_sales"_s, 2022, 6, std::nullopt, std::nullopt, 12.4),      // +0.4 → on track
        figure(u"unemployment"_s, 2022, 6, 5.1), figure(u"unemployment_city"_s, 2022, 6, 5.4), // on track
        figure(u"income"_s, 2022, 6, std::nullopt, std::nullopt, 7.9),             // 7.9 < 8.6 → behind
        figure(u"grain"_s, 2022, 6, 20000.0),                                      // 21.7% < 50% → behind
        figure(u"energy_total"_s, 2022, 6, 41.0),                                  // on track
        figure(u"energy_intensity"_s, 2022, 6, std::nullopt, std::nullopt, -3.4),  // on track
        figure(u"pm25"_s, 2022, 6, 38.0, 41.0),                                    // better
        figure(u"air_good_days"_s, 2022, 6, 89.0, 88.0),                           // better
    });
    const QList<TargetProgress> results = engine.evaluate(targets, *Period::fromMonth(6));
    REQUIRE(results.size() == 10);
    const QList<Status> expected = {Status::OnTrack, Status::Behind,  Status::OnTrack, Status::OnTrack,
                                    Status::OnTrack, Status::OnTrack, Status::Behind,  Status::Behind,
                                    Status::OnTrack, Status::OnTrack};
    for (qsizetype i = 0; i < results.size(); ++i) {
        INFO("target " << i + 1);
        CHECK(results.at(i).status == expected.at(i));
    }
}
