// Growth targets (GDP, industry, investment, revenue, retail): actual YTD
// growth against the target rate. Every expected figure is worked by hand
// in the comment beside it.
#include "core/progress/yearprogress.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/progressfixture.h"
#include "tests/support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

const Period June = *Period::fromMonth(6);

CriterionProgress only(const TargetProgress &progress)
{
    REQUIRE(progress.criteria.size() == 1);
    return progress.criteria.first();
}

} // namespace

TEST_CASE("GDP growth is judged as published, quarter by quarter", "[progress][growth]")
{
    const ProgressEngine engine = engine2022({
        figure(u"gdp"_s, 2022, 3, 52.3, 48.1, 6.9),
        figure(u"gdp"_s, 2022, 6, 110.2, 101.0, 8.6),
        figure(u"gdp"_s, 2022, 12, 236.0, 216.5, 8.7),
    });
    const Target gdp = seedTarget(1);
    // quarter end, published growth, gap = growth − 8.5, status.
    const auto row = GENERATE(table<int, double, double, Status>({
        {3, 6.9, -1.6, Status::Behind},    // 6.9 − 8.5 = −1.6
        {6, 8.6, 0.1, Status::OnTrack},    // 8.6 − 8.5 = +0.1
        {9, 8.6, 0.1, Status::NoData},     // no Q3 figure yet: H1's is shown, no verdict for Q3
        {12, 8.7, 0.2, Status::Achieved},  // 8.7 − 8.5 = +0.2 in the full-year figure
    }));
    const auto [month, growth, gap, status] = row;
    const CriterionProgress progress = only(engine.evaluate(gdp, *Period::fromMonth(month)));
    CHECK(progress.measure == Measure::Growth);
    REQUIRE(progress.actual);
    CHECK(*progress.actual == Approx(growth));
    CHECK(*progress.target == Approx(8.5));
    CHECK(*progress.gap == Approx(gap));
    CHECK(progress.status == status);
    CHECK(progress.growthSource == GrowthSource::Published);
    // Real growth is never recomputed from the nominal amounts:
    // 52.3 ÷ 48.1 would say +8.7%, which is not GDP growth.
    CHECK(progress.warnings.isEmpty());
    // GDP has no amount target: nominal amounts and real growth do not mix.
    CHECK_FALSE(progress.amount);
}

TEST_CASE("GDP amounts without a published rate are no data", "[progress][growth]")
{
    const ProgressEngine engine = engine2022({figure(u"gdp"_s, 2022, 3, 52.3, 48.1)});
    const CriterionProgress progress = only(engine.evaluate(seedTarget(1), *Period::fromMonth(3)));
    CHECK(progress.status == Status::NoData);
    CHECK(progress.missing == Missing::Figures);
}

TEST_CASE("Growth is computed from the amounts when no rate was published", "[progress][growth]")
{
    // Retail sales 1-5月: 38.62 亿元 against 34.41 亿元.
    // 38.62 ÷ 34.41 = 1.122348 → growth 12.2348%; gap 12.2348 − 12 = +0.2348 pp.
    const ProgressEngine engine = engine2022({figure(u"retail_sales"_s, 2022, 5, 38.62, 34.41)});
    const CriterionProgress progress = only(engine.evaluate(seedTarget(5), *Period::fromMonth(5)));
    CHECK(progress.growthSource == GrowthSource::Computed);
    CHECK(*progress.actual == Approx(12.2348).epsilon(1e-5));
    CHECK(*progress.gap == Approx(0.2348).epsilon(1e-3));
    CHECK(progress.status == Status::OnTrack);
    CHECK(progress.warnings.isEmpty());
}

TEST_CASE("Last year's amount comes from last year's entry when the column is empty", "[progress][growth]")
{
    // 2021 1-5月 retail 34.41 entered as its own figure; 2022 1-5月 38.62 alone.
    // Same arithmetic as above: 12.2348%.
    const ProgressEngine engine = engine2022({figure(u"retail_sales"_s, 2021, 5, 34.41),
                                              figure(u"retail_sales"_s, 2022, 5, 38.62)});
    const CriterionProgress progress = only(engine.evaluate(seedTarget(5), *Period::fromMonth(5)));
    CHECK(*progress.actual == Approx(12.2348).epsilon(1e-5));
}

TEST_CASE("A published rate that disagrees with the amounts is used and flagged", "[progress][growth]")
{
    // Retail 1-6月: 46.50 against 41.90, published +12.9%.
    // Computed: 46.50 ÷ 41.90 = 1.109785 → 10.98%; |12.9 − 10.98| = 1.92 > 0.1 → warning.
    // The published rate stands: gap 12.9 − 12 = +0.9.
    const ProgressEngine engine = engine2022({figure(u"retail_sales"_s, 2022, 6, 46.50, 41.90, 12.9)});
    const CriterionProgress progress = only(engine.evaluate(seedTarget(5), June));
    CHECK(*progress.actual == Approx(12.9));
    CHECK(progress.growthSource == GrowthSource::Published);
    CHECK(*progress.gap == Approx(0.9));
    REQUIRE(progress.warnings.size() == 1);
    const ProgressWarning warning = progress.warnings.first();
    CHECK(warning.kind == ProgressWarning::Kind::GrowthDisagrees);
    CHECK(warning.published == Approx(12.9));
    CHECK(warning.computed == Approx(10.9785).epsilon(1e-4));
    // The message names both numbers.
    CHECK(warning.message(u"社会消费品零售总额"_s).contains(u"12.9"_s));
    CHECK(warning.message(u"社会消费品零售总额"_s).contains(u"10.98"_s));
}

TEST_CASE("A published rate within rounding of the amounts raises no warning", "[progress][growth]")
{
    // Published 12.2 vs computed 12.2348 (see above): 0.035 pp apart, rounding.
    const ProgressEngine engine = engine2022({figure(u"retail_sales"_s, 2022, 5, 38.62, 34.41, 12.2)});
    const CriterionProgress progress = only(engine.evaluate(seedTarget(5), *Period::fromMonth(5)));
    CHECK(progress.warnings.isEmpty());
    CHECK(*progress.actual == Approx(12.2));
}

TEST_CASE("1-2月 is one period ending in February", "[progress][growth]")
{
    // Industrial value added is published only as growth; 1-2月 +14.1%.
    const ProgressEngine engine = engine2022({figure(u"industry_va"_s, 2022, 2, std::nullopt, std::nullopt, 14.1)});
    const CriterionProgress february = only(engine.evaluate(seedTarget(2), *Period::fromMonth(2)));
    REQUIRE(february.dataPeriod);
    CHECK(february.dataPeriod->month() == 2);
    CHECK(february.dataPeriod->monthLabel() == u"Jan–Feb"_s);
    CHECK(*february.gap == Approx(2.1)); // 14.1 − 12
    CHECK(february.status == Status::OnTrack);
    // There is no January figure: as of January nothing is known yet.
    const CriterionProgress january = only(engine.evaluate(seedTarget(2), *Period::fromMonth(1)));
    CHECK(january.status == Status::NoData);
    CHECK(january.missing == Missing::Figures);
}

TEST_CASE("A missing month falls back to the last month with a figure, and says which", "[progress][growth]")
{
    // Fixed-asset investment: 1-2月 10.2, 1-3月 13.0, (April missing), 1-5月 16.1.
    const ProgressEngine engine = engine2022({
        figure(u"fai"_s, 2022, 2, std::nullopt, std::nullopt, 10.2),
        figure(u"fai"_s, 2022, 3, std::nullopt, std::nullopt, 13.0),
        figure(u"fai"_s, 2022, 5, std::nullopt, std::nullopt, 16.1),
    });
    // as of, month used, growth, gap against 15%.
    const auto row = GENERATE(table<int, int, double, double, Status>({
        {4, 3, 13.0, -2.0, Status::NoData}, // April missing: 1-3月 13.0 − 15 = −2.0 shown, no verdict for April
        {5, 5, 16.1, 1.1, Status::OnTrack}, // 16.1 − 15 = +1.1
        {6, 5, 16.1, 1.1, Status::NoData},  // Q2 view without June: 1-5月 shown, no verdict for June
    }));
    const auto [asOf, used, growth, gap, status] = row;
    const CriterionProgress progress = only(engine.evaluate(seedTarget(3), *Period::fromMonth(asOf)));
    CHECK(progress.asOf.month() == asOf);
    CHECK(progress.dataPeriod->month() == used);
    CHECK(*progress.actual == Approx(growth));
    CHECK(*progress.gap == Approx(gap));
    CHECK(progress.status == status);
    CHECK(progress.isStale() == (used != asOf));
}

TEST_CASE("Budget revenue: the growth target is also an amount judged by time progress", "[progress][growth]")
{
    // 2021 full year: 100,000 万元, so the 2022 amount target is 100,000 × 1.08 = 108,000.
    // 1-6月 2022: 54,000 against 50,000 → growth 54,000 ÷ 50,000 − 1 = 8.0% (gap 0: met).
    // Completion 54,000 ÷ 108,000 = 50%; time progress 6 ÷ 12 = 50%: 时间过半、任务过半.
    const ProgressEngine engine = engine2022({
        figure(u"budget_revenue"_s, 2021, 12, 100000.0),
        figure(u"budget_revenue"_s, 2022, 6, 54000.0, 50000.0),
    });
    const CriterionProgress progress = only(engine.evaluate(seedTarget(4), June));
    CHECK(*progress.actual == Approx(8.0));
    CHECK(*progress.gap == Approx(0.0).margin(1e-9));
    CHECK(progress.status == Status::OnTrack);
    REQUIRE(progress.amount);
    CHECK(progress.amount->annualTarget == Approx(108000.0));
    CHECK(progress.amount->completion == Approx(0.5));
    CHECK(progress.amount->timeProgress == Approx(0.5));
    CHECK(progress.amount->aheadOfTime() == Approx(0.0).margin(1e-12));
    // The growth projection carries the latest growth to year end.
    REQUIRE(progress.projection);
    CHECK(progress.projection->method == ProjectionMethod::LatestGrowthCarried);
    CHECK(progress.projection->value == Approx(8.0));
}

TEST_CASE("A revised figure replaces the earlier one in the verdict", "[progress][growth][storage]")
{
    // Budget revenue 1-3月 against 21,345 万元 last year:
    //   first release 23,010 → 23,010 ÷ 21,345 = 1.0780 → 7.80%, behind 8%;
    //   revised to 23,600   → 23,600 ÷ 21,345 = 1.10565 → 10.56%, on track.
    TestFolder folder;
    Workspace workspace(folder.path(u"revised.sqlite"_s));
    workspace.entries().record(figure(u"budget_revenue"_s, 2022, 3, 23010.0, 21345.0));
    const Target revenue = workspace.targets().forYear(2022).at(3);
    const Period march = *Period::fromMonth(3);
    const CriterionProgress before = only(loadYearProgress(workspace, 2022).engine.evaluate(revenue, march));
    CHECK(*before.actual == Approx(7.8004).epsilon(1e-4));
    CHECK(before.status == Status::Behind);

    workspace.entries().record(figure(u"budget_revenue"_s, 2022, 3, 23600.0, 21345.0));
    const CriterionProgress after = only(loadYearProgress(workspace, 2022).engine.evaluate(revenue, march));
    CHECK(*after.actual == Approx(10.5645).epsilon(1e-4));
    CHECK(*after.gap == Approx(2.5645).epsilon(1e-3));
    CHECK(after.status == Status::OnTrack);
}

TEST_CASE("At year end a met target is achieved and a missed one not achieved", "[progress][growth]")
{
    // Retail full year: published 11.5% < 12% → missed, gap −0.5.
    // GDP full year: published 8.7% ≥ 8.5% → achieved, gap +0.2.
    const ProgressEngine engine = engine2022({
        figure(u"retail_sales"_s, 2022, 12, std::nullopt, std::nullopt, 11.5),
        figure(u"gdp"_s, 2022, 12, std::nullopt, std::nullopt, 8.7),
    });
    const CriterionProgress retail = only(engine.evaluate(seedTarget(5), Period::yearEnd()));
    CHECK(retail.status == Status::Missed);
    CHECK(*retail.gap == Approx(-0.5));
    CHECK(only(engine.evaluate(seedTarget(1), Period::yearEnd())).status == Status::Achieved);
    // A target with no figures at all says so.
    const TargetProgress investment = engine.evaluate(seedTarget(3), Period::yearEnd());
    CHECK(investment.status == Status::NoData);
}

TEST_CASE("Last year's growth at the same period comes with the verdict", "[progress][growth]")
{
    // 2021 1-6月 retail published +15.3%, for the chart's comparison line.
    const ProgressEngine engine = engine2022({
        figure(u"retail_sales"_s, 2021, 6, std::nullopt, std::nullopt, 15.3),
        figure(u"retail_sales"_s, 2022, 6, std::nullopt, std::nullopt, 12.4),
    });
    const CriterionProgress progress = only(engine.evaluate(seedTarget(5), June));
    REQUIRE(progress.lastYearValue);
    CHECK(*progress.lastYearValue == Approx(15.3));
}
