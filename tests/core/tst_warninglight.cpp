// The early-warning lights at their thresholds, the year-end verdicts and
// stale figures. Every expected light is worked by hand beside it.
#include "core/progress/warninglight.h"
#include "core/storage/seed.h"
#include "tests/support/progressfixture.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

using Colour = WarningLight::Colour;

const Indicator &seedIndicator(const QString &code)
{
    static const QList<Indicator> indicators = bundledSeed().indicators;
    return *std::ranges::find(indicators, code, &Indicator::code);
}

CriterionProgress judged(const ProgressEngine &engine, const Target &target, int month, int criterion = 0)
{
    return engine.evaluate(target, *Period::fromMonth(month)).criteria.at(criterion);
}

} // namespace

TEST_CASE("A growth target's light: green when met, yellow within 1 point, red beyond or falling",
          "[progress][lights]")
{
    // Industrial value added, target 12%: June's published growth against it.
    const auto row = GENERATE(table<double, Colour>({
        {12.0, Colour::Green},  // met exactly
        {12.5, Colour::Green},
        {11.5, Colour::Yellow}, // 0.5 behind
        {11.0, Colour::Yellow}, // 1.0 behind: the threshold itself is still yellow
        {10.9, Colour::Red},    // 1.1 behind
        {-0.5, Colour::Red},    // a fall
    }));
    const auto [growth, colour] = row;
    INFO("growth " << growth);
    const ProgressEngine engine = engine2022({figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, growth)});
    const WarningLight light = warningLight(judged(engine, seedTarget(2), 6), seedIndicator(u"industry_va"_s));
    CHECK(light.colour == colour);
    CHECK(light.threshold == 1.0);
    CHECK(light.thresholdUnit == WarningLight::ThresholdUnit::GrowthPoints);
}

TEST_CASE("A falling growth is red even where the growth target is below zero's distance", "[progress][lights]")
{
    // Income must grow faster than GDP; GDP −0.3, income −0.2: met, but a fall.
    const ProgressEngine engine = engine2022({figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, -0.3),
                                              figure(u"income"_s, 2022, 6, std::nullopt, std::nullopt, -0.2)});
    const CriterionProgress income = judged(engine, seedTarget(7), 6);
    REQUIRE(income.status == Status::OnTrack);
    CHECK(warningLight(income, seedIndicator(u"income"_s)).colour == Colour::Red);
}

TEST_CASE("A target's own threshold replaces the default", "[progress][lights]")
{
    Target industry = seedTarget(2);
    industry.criteria[0].warningThreshold = 0.3;
    // 11.5 is 0.5 behind: yellow by the default 1 point, red by 0.3.
    const ProgressEngine engine = engine2022({figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 11.5)});
    const WarningLight light = warningLight(judged(engine, industry, 6), seedIndicator(u"industry_va"_s));
    CHECK(light.colour == Colour::Red);
    CHECK(light.threshold == 0.3);
}

TEST_CASE("An amount's light follows time progress, 10 points by default", "[progress][lights]")
{
    // Grain, city-set 94,000 t. By June (time progress 50%):
    const auto row = GENERATE(table<double, Colour>({
        {47000.0, Colour::Green},  // 50.0% done: on pace
        {40000.0, Colour::Yellow}, // 42.6% done: 7.4 points behind
        {37600.0, Colour::Yellow}, // 40.0% done: 10.0 points behind, the threshold
        {37000.0, Colour::Red},    // 39.4% done: 10.6 points behind
    }));
    const auto [ytd, colour] = row;
    INFO("grain to June " << ytd);
    const ProgressEngine engine = engine2022({figure(u"grain"_s, 2022, 6, ytd)});
    const WarningLight light = warningLight(judged(engine, withFigures(seedTarget(8), {94000.0}), 6),
                                            seedIndicator(u"grain"_s));
    CHECK(light.colour == colour);
    CHECK(light.thresholdUnit == WarningLight::ThresholdUnit::TimeProgressPoints);
}

TEST_CASE("At year end a missed target reads not achieved, a met one achieved", "[progress][lights]")
{
    const auto row = GENERATE(table<double, Status, Colour, QString>({
        {12.3, Status::Achieved, Colour::Green, u"Achieved"_s},
        {11.4, Status::Missed, Colour::Yellow, u"Not achieved"_s}, // 0.6 short
        {9.8, Status::Missed, Colour::Red, u"Not achieved"_s},     // 2.2 short
    }));
    const auto [growth, status, colour, text] = row;
    const ProgressEngine engine = engine2022({figure(u"industry_va"_s, 2022, 12, std::nullopt, std::nullopt, growth)});
    const CriterionProgress progress = judged(engine, seedTarget(2), 12);
    CHECK(progress.status == status);
    CHECK(statusText(progress.status) == text);
    CHECK(warningLight(progress, seedIndicator(u"industry_va"_s)).colour == colour);
    // During the year the same shortfall is "behind".
    const ProgressEngine june = engine2022({figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 9.8)});
    CHECK(judged(june, seedTarget(2), 6).status == Status::Behind);
}

TEST_CASE("A figure older than the period asks for is grey and says which period it is from", "[progress][lights]")
{
    // Revenue only to June, judged as of December: no verdict for the year.
    const ProgressEngine engine =
        engine2022({figure(u"budget_revenue"_s, 2022, 6, 68500.0, 63000.0, 8.7)});
    const CriterionProgress december = judged(engine, seedTarget(4), 12);
    CHECK(december.isStale());
    CHECK(december.dataPeriod == Period::fromMonth(6));
    CHECK(december.expectedPeriod == Period::fromMonth(12));
    CHECK(december.status == Status::NoData);
    CHECK(december.missing == Missing::CurrentFigure);
    CHECK(warningLight(december, seedIndicator(u"budget_revenue"_s)).colour == Colour::Grey);
    // As of June it is current, and green (8.7 ≥ 8).
    const CriterionProgress june = judged(engine, seedTarget(4), 6);
    CHECK_FALSE(june.isStale());
    CHECK(warningLight(june, seedIndicator(u"budget_revenue"_s)).colour == Colour::Green);

    // GDP is quarterly: as of August the first half is the latest due, so it is current.
    const ProgressEngine gdp = engine2022({figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 8.6)});
    CHECK_FALSE(judged(gdp, seedTarget(1), 8).isStale());
    CHECK(judged(gdp, seedTarget(1), 9).isStale()); // the third quarter is due by September
}

TEST_CASE("Lights are named in words with a symbol, and their threshold is stated", "[progress][lights]")
{
    CHECK(lightText(Colour::Green) == u"● Green"_s);
    CHECK(lightText(Colour::Yellow) == u"▲ Yellow"_s);
    CHECK(lightText(Colour::Red) == u"■ Red"_s);
    CHECK(lightText(Colour::Grey) == u"○ Grey"_s);
    CHECK(thresholdText({Colour::Yellow, 1.0, WarningLight::ThresholdUnit::GrowthPoints}, seedIndicator(u"gdp"_s))
          == u"yellow: behind by no more than 1 percentage points"_s);
    CHECK(thresholdText({Colour::Yellow, 10.0, WarningLight::ThresholdUnit::TimeProgressPoints},
                        seedIndicator(u"grain"_s))
          == u"yellow: behind time progress by no more than 10 points"_s);
    // A rate in % is behind by points; another level in its unit.
    CHECK(thresholdText({Colour::Yellow, 0.5, WarningLight::ThresholdUnit::IndicatorUnit},
                        seedIndicator(u"unemployment"_s))
          == u"yellow: behind by no more than 0.5 percentage points"_s);
    CHECK(thresholdText({Colour::Yellow, 2.1, WarningLight::ThresholdUnit::IndicatorUnit}, seedIndicator(u"pm25"_s))
          == u"yellow: behind by no more than 2.1 μg/m³"_s);
    // A grey light states the threshold its criterion will have.
    const ProgressEngine none = engine2022({});
    const WarningLight grain = warningLight(judged(none, withFigures(seedTarget(8), {94000.0}), 6), seedIndicator(u"grain"_s));
    CHECK(grain.colour == Colour::Grey);
    CHECK(grain.thresholdUnit == WarningLight::ThresholdUnit::TimeProgressPoints);
}
