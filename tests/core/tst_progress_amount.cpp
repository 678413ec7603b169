// Amount targets set by the city: grain output (at least) and energy
// "dual control" (total at most, intensity decline at least).
#include "tests/support/progressfixture.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

TEST_CASE("Grain: completion against time progress during the year, the amount at year end", "[progress][amount]")
{
    // The city sets 92,000 吨.
    const Target grain = withFigures(seedTarget(8), {92000.0});
    const ProgressEngine engine = engine2022({
        figure(u"grain"_s, 2022, 7, 30000.0),  // summer grain
        figure(u"grain"_s, 2022, 12, 93500.0), // full year
    });
    // July: 30,000 ÷ 92,000 = 32.6% done, 7 ÷ 12 = 58.3% of the year gone → behind.
    const CriterionProgress july = engine.evaluate(grain, *Period::fromMonth(7)).criteria.first();
    CHECK(july.measure == Measure::Amount);
    CHECK(*july.actual == Approx(30000.0));
    REQUIRE(july.amount);
    CHECK(july.amount->completion == Approx(0.32609).epsilon(1e-4));
    CHECK(july.amount->timeProgress == Approx(0.58333).epsilon(1e-4));
    CHECK(july.amount->aheadOfTime() == Approx(-0.25725).epsilon(1e-3));
    CHECK(july.status == Status::Behind);
    CHECK(*july.gap == Approx(-62000.0)); // 30,000 − 92,000
    // Year end: 93,500 ≥ 92,000 → achieved, 1,500 吨 over.
    const TargetProgress december = engine.evaluate(grain, Period::yearEnd());
    CHECK(december.status == Status::Achieved);
    CHECK(*december.criteria.first().gap == Approx(1500.0));
}

TEST_CASE("A city-set figure not entered yet is no data, with the actual still shown", "[progress][amount]")
{
    const ProgressEngine engine = engine2022({figure(u"grain"_s, 2022, 12, 93500.0)});
    const CriterionProgress progress = engine.evaluate(seedTarget(8), Period::yearEnd()).criteria.first();
    CHECK(progress.status == Status::NoData);
    CHECK(progress.missing == Missing::TargetFigure);
    CHECK(*progress.actual == Approx(93500.0));
}

TEST_CASE("Energy dual control: a cap on the total and a required fall in intensity", "[progress][amount]")
{
    // The city caps total consumption at 85.0 万吨标准煤 and asks intensity to fall 3.0%.
    const Target energy = withFigures(seedTarget(9), {85.0, 3.0});
    const ProgressEngine engine = engine2022({
        figure(u"energy_total"_s, 2022, 6, 41.0),
        figure(u"energy_intensity"_s, 2022, 6, std::nullopt, std::nullopt, -3.4),
        figure(u"energy_total"_s, 2022, 12, 86.2),
        figure(u"energy_intensity"_s, 2022, 12, std::nullopt, std::nullopt, -3.1),
    });
    const TargetProgress half = engine.evaluate(energy, *Period::fromMonth(6));
    REQUIRE(half.criteria.size() == 2);
    const CriterionProgress &total = half.criteria.at(0);
    // 41.0 ÷ 85.0 = 48.2% of the cap used by 50% of the year → on track; 44.0 left.
    CHECK(total.amount->completion == Approx(0.48235).epsilon(1e-4));
    CHECK(total.status == Status::OnTrack);
    CHECK(*total.gap == Approx(44.0));
    const CriterionProgress &intensity = half.criteria.at(1);
    // Growth −3.4% against −3.0%: fell 0.4 pp more than required.
    CHECK(*intensity.target == Approx(-3.0));
    CHECK(*intensity.gap == Approx(0.4));
    CHECK(intensity.status == Status::OnTrack);
    CHECK(half.status == Status::OnTrack);

    // Year end: 86.2 > 85.0 breaks the cap by 1.2 although intensity fell 3.1%.
    const TargetProgress year = engine.evaluate(energy, Period::yearEnd());
    CHECK(year.criteria.at(0).status == Status::Missed);
    CHECK(*year.criteria.at(0).gap == Approx(-1.2));
    CHECK(year.criteria.at(1).status == Status::Achieved);
    CHECK(year.status == Status::Missed);
}

TEST_CASE("Amount projections use last year's seasonal share, else a linear pace", "[progress][amount]")
{
    const Target grain = withFigures(seedTarget(8), {92000.0});
    // With 2021 figures: by July 2021, 28,000 of 90,000 吨 were in (31.1%);
    // 30,000 ÷ (28,000 ÷ 90,000) = 96,428.6 吨 projected.
    const ProgressEngine seasonal = engine2022({
        figure(u"grain"_s, 2021, 7, 28000.0),
        figure(u"grain"_s, 2021, 12, 90000.0),
        figure(u"grain"_s, 2022, 7, 30000.0),
    });
    const auto withShare = seasonal.evaluate(grain, *Period::fromMonth(7)).criteria.first().projection;
    REQUIRE(withShare);
    CHECK(withShare->method == ProjectionMethod::LastYearSeasonalShare);
    CHECK(withShare->value == Approx(96428.57).epsilon(1e-6));
    // Without them: 30,000 × 12 ÷ 7 = 51,428.6 at the same pace.
    const ProgressEngine linear = engine2022({figure(u"grain"_s, 2022, 7, 30000.0)});
    const auto atPace = linear.evaluate(grain, *Period::fromMonth(7)).criteria.first().projection;
    REQUIRE(atPace);
    CHECK(atPace->method == ProjectionMethod::LinearPace);
    CHECK(atPace->value == Approx(51428.57).epsilon(1e-6));
}
