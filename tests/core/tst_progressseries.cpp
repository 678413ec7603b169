// A target judged at every quarter end and month up to "as of": the series
// a detail chart draws and its table lists (core/progress/progressseries.h).
#include "core/progress/criterionseries.h"
#include "core/progress/progressseries.h"
#include "core/storage/seed.h"
#include "tests/support/progressfixture.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

ProgressSeries seriesOf(const ProgressEngine &engine, const Target &target, int asOf)
{
    return ProgressSeries(engine, bundledSeed().indicators, target, *Period::fromMonth(asOf));
}

} // namespace

TEST_CASE("A growth target's quarters carry growth, target and last year's growth", "[series][growth]")
{
    const ProgressEngine engine = engine2022({
        figure(u"gdp"_s, 2021, 3, std::nullopt, std::nullopt, 18.0),
        figure(u"gdp"_s, 2021, 6, std::nullopt, std::nullopt, 12.9),
        figure(u"gdp"_s, 2021, 9, std::nullopt, std::nullopt, 9.8),
        figure(u"gdp"_s, 2021, 12, std::nullopt, std::nullopt, 8.3),
        figure(u"gdp"_s, 2022, 3, std::nullopt, std::nullopt, 7.9),
        figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 8.6),
        figure(u"gdp"_s, 2022, 9, std::nullopt, std::nullopt, 8.4),
    });
    const ProgressSeries series = seriesOf(engine, seedTarget(1), 9);
    CHECK(series.latest().status == Status::Behind); // 8.4 < 8.5 as of Q1-Q3
    REQUIRE(series.criterionCount() == 1);
    CHECK_FALSE(series.hasMonthlyPath(0)); // GDP is quarterly

    const CriterionSeries &quarters = series.quarters(0);
    REQUIRE(quarters.size() == 4);
    CHECK(quarters.chartRoles() == QList{SeriesRole::Actual, SeriesRole::Target, SeriesRole::LastYear});
    CHECK(quarters.tableRoles() == quarters.chartRoles()); // GDP growth is real: no amount to collect
    CHECK(*quarters.targetLine() == Approx(8.5));
    // Growth as published at Q1, H1, Q1-Q3; Q4 is after "as of", but last
    // year's path goes on to its full year, 8.3%.
    const QList<std::optional<double>> growth = {7.9, 8.6, 8.4, std::nullopt};
    const QList<std::optional<double>> lastYear = {18.0, 12.9, 9.8, 8.3};
    for (qsizetype q = 0; q < 4; ++q) {
        INFO("quarter " << q + 1);
        CHECK(quarters.value(SeriesRole::Actual, q) == growth.at(q));
        CHECK(quarters.value(SeriesRole::LastYear, q) == lastYear.at(q));
        CHECK(quarters.value(SeriesRole::Target, q) == (q < 3 ? std::optional(8.5) : std::nullopt));
    }
    CHECK(quarters.point(0).progress->status == Status::Behind); // 7.9 − 8.5 = −0.6
    CHECK(quarters.point(1).progress->status == Status::OnTrack); // 8.6 − 8.5 = +0.1
    CHECK_FALSE(quarters.point(3).progress);
    CHECK(quarters.axisLabel(1) == u"H1"_s);
    CHECK(quarters.periodLabel(1) == u"H1"_s); // quarterly indicator: the quarter's name
    CHECK(quarters.name(SeriesRole::Actual) == u"Growth, year to date"_s);
    CHECK(quarters.unit(SeriesRole::Actual) == u"%"_s);
}

TEST_CASE("A monthly indicator's quarter is its last month in the quarter, never an earlier quarter's",
          "[series][growth]")
{
    const ProgressEngine engine = engine2022({
        figure(u"industry_va"_s, 2022, 2, std::nullopt, std::nullopt, 10.5),
        figure(u"industry_va"_s, 2022, 3, std::nullopt, std::nullopt, 11.0),
        figure(u"industry_va"_s, 2022, 5, std::nullopt, std::nullopt, 11.6),
        figure(u"industry_va"_s, 2022, 8, std::nullopt, std::nullopt, 12.3),
    });
    const ProgressSeries series = seriesOf(engine, seedTarget(2), 9);
    CHECK(series.hasMonthlyPath(0));
    const CriterionSeries &quarters = series.quarters(0);
    // H1 has no June figure: May's; Q1-Q3 has no September figure: August's.
    CHECK(*quarters.value(SeriesRole::Actual, 1) == Approx(11.6));
    CHECK(quarters.periodLabel(1) == u"Jan–May"_s);
    CHECK(*quarters.value(SeriesRole::Actual, 2) == Approx(12.3));
    CHECK(quarters.periodLabel(2) == u"Jan–Aug"_s);
    // 12.3 ≥ 12, but August's figure gives no verdict for the third quarter.
    CHECK(*quarters.point(2).progress->gap == Approx(0.3));
    CHECK(quarters.point(2).progress->status == Status::NoData);

    const CriterionSeries &months = series.months(0);
    REQUIRE(months.size() == 12);
    // Months with a figure of their own: 2, 3, 5, 8. Month 4 would repeat
    // March's figure, month 9 August's; months 10-12 are after "as of".
    for (int month = 1; month <= 12; ++month) {
        INFO("month " << month);
        const bool own = month == 2 || month == 3 || month == 5 || month == 8;
        CHECK(months.point(month - 1).progress.has_value() == own);
        CHECK(months.point(month - 1).period.month() == month);
    }
    CHECK(months.axisLabel(4) == u"Jan–May"_s);
}

TEST_CASE("A quarter without a figure of its own has no point", "[series][growth]")
{
    const ProgressEngine engine = engine2022({
        figure(u"fai"_s, 2022, 3, std::nullopt, std::nullopt, 16.0),
        figure(u"fai"_s, 2022, 9, std::nullopt, std::nullopt, 15.2),
    });
    const CriterionSeries quarters = seriesOf(engine, seedTarget(3), 12).quarters(0);
    // As of December the engine would answer H1 with March's 16.0 and Q4
    // with September's 15.2: neither is a figure of that quarter.
    CHECK(quarters.value(SeriesRole::Actual, 0) == 16.0);
    CHECK_FALSE(quarters.point(1).progress);
    CHECK(quarters.value(SeriesRole::Actual, 2) == 15.2);
    CHECK_FALSE(quarters.point(3).progress);
}

TEST_CASE("A quarter the chosen month falls inside is judged as of that month", "[series]")
{
    const ProgressEngine engine =
        engine2022({figure(u"fai"_s, 2022, 8, std::nullopt, std::nullopt, 14.1)});
    const CriterionSeries quarters = seriesOf(engine, seedTarget(3), 8).quarters(0);
    CHECK(quarters.point(2).period.month() == 8);
    CHECK(quarters.value(SeriesRole::Actual, 2) == 14.1);
    CHECK(quarters.axisLabel(2) == u"Q1–Q3"_s);
    CHECK(quarters.point(3).period.month() == 12);
    CHECK_FALSE(quarters.point(3).progress);
}

TEST_CASE("An amount target's chart is completion against time progress", "[series][amount]")
{
    const ProgressEngine engine = engine2022({figure(u"grain"_s, 2022, 7, 45000.0)}); // summer grain
    const Target grain = withFigures(seedTarget(8), {92000.0});
    const CriterionSeries quarters = seriesOf(engine, grain, 9).quarters(0);
    CHECK(quarters.chartRoles() == QList{SeriesRole::Completion, SeriesRole::TimeProgress});
    CHECK(quarters.tableRoles()
          == QList{SeriesRole::Actual, SeriesRole::Target, SeriesRole::Completion, SeriesRole::TimeProgress});
    // Q1, H1: no grain yet. Q1-Q3: July's 45,000 t of 92,000 t = 48.91%,
    // against July's time progress 7 ÷ 12 = 58.33% → behind.
    CHECK_FALSE(quarters.value(SeriesRole::Completion, 0));
    CHECK(*quarters.value(SeriesRole::Completion, 2) == Approx(48.913).epsilon(1e-4));
    CHECK(*quarters.value(SeriesRole::Actual, 2) == Approx(45000.0));
    CHECK(*quarters.value(SeriesRole::Target, 2) == Approx(92000.0));
    CHECK(quarters.point(2).progress->status == Status::Behind);
    // The calendar is drawn for the whole year, data or not: 25, 50, 58.33 (July), 100.
    CHECK(*quarters.value(SeriesRole::TimeProgress, 0) == Approx(25.0));
    CHECK(*quarters.value(SeriesRole::TimeProgress, 1) == Approx(50.0));
    CHECK(*quarters.value(SeriesRole::TimeProgress, 2) == Approx(58.333).epsilon(1e-4));
    CHECK(*quarters.value(SeriesRole::TimeProgress, 3) == Approx(100.0));
    CHECK(quarters.unit(SeriesRole::Actual) == u"吨"_s);
    CHECK(quarters.unit(SeriesRole::Completion) == u"%"_s);
}

TEST_CASE("Without the city-set figure an amount target has amounts but no completion", "[series][amount]")
{
    const ProgressEngine engine = engine2022({figure(u"grain"_s, 2022, 7, 45000.0)});
    const ProgressSeries series = seriesOf(engine, seedTarget(8), 9);
    CHECK(series.latest().criteria.first().missing == Missing::TargetFigure);
    const CriterionSeries &quarters = series.quarters(0);
    CHECK_FALSE(quarters.hasValues(SeriesRole::Completion));
    CHECK(quarters.hasValues(SeriesRole::Actual));
    CHECK(*quarters.value(SeriesRole::Actual, 2) == Approx(45000.0));
}

TEST_CASE("A growth target on a nominal amount also lists the amount to collect", "[series][amount]")
{
    const ProgressEngine engine = engine2022({
        figure(u"budget_revenue"_s, 2021, 12, 100000.0),
        figure(u"budget_revenue"_s, 2022, 6, 54000.0, 50000.0),
    });
    const CriterionSeries quarters = seriesOf(engine, seedTarget(4), 6).quarters(0);
    CHECK(quarters.chartRoles() == QList{SeriesRole::Actual, SeriesRole::Target, SeriesRole::LastYear});
    CHECK(quarters.tableRoles()
          == QList{SeriesRole::Actual, SeriesRole::Target, SeriesRole::LastYear, SeriesRole::Amount,
                   SeriesRole::AnnualTarget, SeriesRole::Completion, SeriesRole::TimeProgress});
    // H1: 54,000 ÷ 50,000 − 1 = 8.0%; annual target 100,000 × 1.08 = 108,000;
    // completion 54,000 ÷ 108,000 = 50%, time progress 6 ÷ 12 = 50%.
    CHECK(*quarters.value(SeriesRole::Actual, 1) == Approx(8.0));
    CHECK(*quarters.value(SeriesRole::AnnualTarget, 1) == Approx(108000.0));
    CHECK(*quarters.value(SeriesRole::Completion, 1) == Approx(50.0));
    CHECK(*quarters.value(SeriesRole::TimeProgress, 1) == Approx(50.0));
    CHECK_FALSE(quarters.value(SeriesRole::TimeProgress, 0)); // no Q1 figure, and a growth target has no calendar line
}

TEST_CASE("Reference and ecology targets carry both series", "[series][reference]")
{
    const ProgressEngine engine = engine2022({
        figure(u"unemployment"_s, 2022, 3, 5.3), figure(u"unemployment_city"_s, 2022, 3, 5.5),
        figure(u"unemployment"_s, 2022, 6, 5.1), figure(u"unemployment_city"_s, 2022, 6, 5.4),
        figure(u"pm25"_s, 2022, 6, 38.0, 41.0),
    });
    const CriterionSeries unemployment = seriesOf(engine, seedTarget(6), 6).quarters(0);
    CHECK(unemployment.chartRoles() == QList{SeriesRole::Actual, SeriesRole::Reference});
    CHECK(unemployment.value(SeriesRole::Actual, 0) == 5.3);
    CHECK(unemployment.value(SeriesRole::Reference, 0) == 5.5);
    CHECK(unemployment.value(SeriesRole::Reference, 1) == 5.4);
    CHECK(unemployment.name(SeriesRole::Reference) == u"Urban surveyed unemployment rate, city average"_s);

    const ProgressSeries ecology = seriesOf(engine, seedTarget(10), 6);
    REQUIRE(ecology.criterionCount() == 2);
    const CriterionSeries &pm25 = ecology.quarters(1);
    CHECK(pm25.chartRoles() == QList{SeriesRole::Actual, SeriesRole::LastYear});
    CHECK(pm25.value(SeriesRole::Actual, 1) == 38.0);
    CHECK(pm25.value(SeriesRole::LastYear, 1) == 41.0);
    CHECK(pm25.unit(SeriesRole::Actual) == u"μg/m³"_s);
    CHECK(pm25.name(SeriesRole::LastYear) == u"Same period last year"_s);
    CHECK_FALSE(ecology.quarters(0).hasValues(SeriesRole::Actual)); // no good-air figures entered
}

TEST_CASE("A warning names the indicator as the UI does, not by its code", "[series]")
{
    const ProgressEngine engine = engine2022({figure(u"retail_sales"_s, 2022, 6, 46.50, 41.90, 12.9)});
    const ProgressSeries series = seriesOf(engine, seedTarget(5), 6);
    REQUIRE(series.latest().warnings().size() == 1);
    const QString text = series.warningText(series.latest().warnings().first());
    CHECK(text.contains(series.quarters(0).indicator().name()));
    CHECK_FALSE(text.contains(u"retail_sales"_s));
}
