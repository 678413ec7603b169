// The progress engine over a large district: 200 indicators with a growth
// target each, monthly figures for 10 years, every target judged at every
// month of every year (200 × 12 × 10 = 24,000 verdicts).
#include "core/progress/progressengine.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace zhibiao;

namespace {

constexpr int IndicatorCount = 200;
constexpr int FirstYear = 2013;
constexpr int YearCount = 10;

QString codeOf(int index)
{
    return QStringLiteral("indicator_%1").arg(index);
}

QList<Indicator> makeIndicators()
{
    QList<Indicator> indicators;
    for (int i = 0; i < IndicatorCount; ++i)
        indicators.append(Indicator{codeOf(i), QStringLiteral("指标%1").arg(i), codeOf(i), QStringLiteral("万元"),
                                    Frequency::Monthly, Reporting::AmountAndGrowth, false, false, i, {}, 0});
    return indicators;
}

// Amounts that grow about 8% a year with a seasonal curve; every fifth
// figure carries a published rate too, so both growth paths are exercised.
QList<Entry> makeYear(int year)
{
    QList<Entry> entries;
    for (int i = 0; i < IndicatorCount; ++i) {
        for (int month = 1; month <= 12; ++month) {
            const double base = 1000.0 + i;
            const double amount = base * std::pow(1.08, year - FirstYear) * month * (1.0 + 0.02 * std::sin(month + i));
            Entry entry{{codeOf(i), year, month}, amount, std::nullopt, std::nullopt, {}, {}, QStringLiteral("bench"), {}};
            if ((i + month) % 5 == 0)
                entry.publishedGrowth = 8.0;
            entries.append(entry);
        }
    }
    return entries;
}

QList<Target> makeTargets(int year)
{
    QList<Target> targets;
    for (int i = 0; i < IndicatorCount; ++i)
        targets.append(Target{year, i + 1, codeOf(i), codeOf(i), QStringLiteral("增长8%"), QStringLiteral("+8%"),
                              {Criterion{codeOf(i), CriterionKind::GrowthAtLeast, 8.0, {}}}});
    return targets;
}

} // namespace

TEST_CASE("Progress engine: 200 indicators × 12 months × 10 years", "[bench]")
{
    const QList<Indicator> indicators = makeIndicators();
    QList<QList<Entry>> years;
    for (int year = FirstYear - 1; year < FirstYear + YearCount; ++year)
        years.append(makeYear(year));

    BENCHMARK("build the engines and judge every target at every month")
    {
        int onTrack = 0;
        for (int y = 0; y < YearCount; ++y) {
            const int year = FirstYear + y;
            const ProgressEngine engine(indicators, YearFigures(year, years.at(y + 1), years.at(y)));
            const QList<Target> targets = makeTargets(year);
            for (int month = 1; month <= 12; ++month) {
                for (const TargetProgress &result : engine.evaluate(targets, *Period::fromMonth(month)))
                    onTrack += result.status == Status::OnTrack;
            }
        }
        return onTrack;
    };
}
