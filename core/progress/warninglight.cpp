#include "core/progress/warninglight.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using Colour = WarningLight::Colour;
using ThresholdUnit = WarningLight::ThresholdUnit;

struct WarningLightText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::WarningLight)
};

// Differences below this are rounding, as in the engine's verdicts.
constexpr double Tie = 1e-9;

// A threshold as the UI writes numbers: 1, 0.3, 10.
QString thresholdNumber(double threshold)
{
    return QLocale().toString(threshold, 'g', 3);
}

// English says "1 percentage point" but "0.3 percentage points".
int pluralCount(double threshold)
{
    return threshold == 1.0 ? 1 : 2;
}

} // namespace

ThresholdUnit warningThresholdUnit(const Criterion &criterion)
{
    switch (criterion.kind) {
    case CriterionKind::GrowthAtLeast:
    case CriterionKind::DeclineAtLeast:
    case CriterionKind::GrowthAboveReference:
        return ThresholdUnit::GrowthPoints;
    case CriterionKind::AmountAtLeast:
    case CriterionKind::AmountAtMost:
        // During the year against time progress, at year end against the
        // whole (time progress 100%).
        return ThresholdUnit::TimeProgressPoints;
    case CriterionKind::BelowReference:
    case CriterionKind::BetterThanLastYear:
        return ThresholdUnit::IndicatorUnit;
    }
    return ThresholdUnit::GrowthPoints;
}

bool defaultThresholdIsShare(const Criterion &criterion, const Indicator &indicator)
{
    return warningThresholdUnit(criterion) == ThresholdUnit::IndicatorUnit && indicator.unit != u"%";
}

namespace {

// How far behind, in the threshold's unit (0 when not behind).
double shortfall(const CriterionProgress &progress, ThresholdUnit unit)
{
    if (unit == ThresholdUnit::TimeProgressPoints && progress.amount) {
        const double ahead = progress.amount->aheadOfTime() * 100;
        // A cap (energy use) is kept when less of it is used than of the year.
        const bool atMost = progress.criterion.kind == CriterionKind::AmountAtMost;
        return std::max(0.0, atMost ? ahead : -ahead);
    }
    return std::max(0.0, -progress.gap.value_or(0));
}

} // namespace

double defaultWarningThreshold(const Criterion &criterion, const Indicator &indicator)
{
    switch (criterion.kind) {
    case CriterionKind::GrowthAtLeast:
    case CriterionKind::DeclineAtLeast:
    case CriterionKind::GrowthAboveReference:
        return 1.0;
    case CriterionKind::AmountAtLeast:
    case CriterionKind::AmountAtMost:
        return 10.0;
    case CriterionKind::BelowReference:
    case CriterionKind::BetterThanLastYear:
        if (indicator.unit == u"%")
            return 0.5;
        // 5% of a level such as PM2.5: 2 μg/m³ of 38. Needs the target, so
        // the light takes it as a share (see warningLight).
        return 5.0;
    }
    return 1.0;
}

WarningLight warningLight(const CriterionProgress &progress, const Indicator &indicator)
{
    WarningLight light;
    light.thresholdUnit = warningThresholdUnit(progress.criterion);
    light.threshold = progress.criterion.warningThreshold.value_or(defaultWarningThreshold(progress.criterion, indicator));
    // The default for a level not in % is 5% of the target, in its unit.
    if (!progress.criterion.warningThreshold && defaultThresholdIsShare(progress.criterion, indicator)
        && progress.measure == Measure::Level && progress.target)
        light.threshold = std::abs(*progress.target) * light.threshold / 100;

    if (progress.status == Status::NoData || progress.isStale() || !progress.gap) {
        light.colour = Colour::Grey;
        return light;
    }
    // A fall where growth is targeted is red however small the target.
    const bool growthTargeted = progress.criterion.kind == CriterionKind::GrowthAtLeast
                                || progress.criterion.kind == CriterionKind::GrowthAboveReference;
    if (growthTargeted && progress.actual && *progress.actual < -Tie) {
        light.colour = Colour::Red;
        return light;
    }
    // Met at the period (and, for amounts during the year, on pace).
    if (progress.status == Status::OnTrack || progress.status == Status::Achieved) {
        light.colour = Colour::Green;
        return light;
    }
    // Behind, or missed at year end: by how much, in the threshold's unit.
    const double behind = shortfall(progress, light.thresholdUnit);
    light.colour = behind <= light.threshold + Tie ? Colour::Yellow : Colour::Red;
    return light;
}

QString thresholdAmountText(double threshold, ThresholdUnit unit, const Indicator &indicator)
{
    const QString amount = thresholdNumber(threshold);
    // A rate in % (unemployment) is behind by percentage points, as growth is.
    if (unit == ThresholdUnit::GrowthPoints || (unit == ThresholdUnit::IndicatorUnit && indicator.unit == u"%"))
        return WarningLightText::tr("%1 percentage point(s)", "a threshold", pluralCount(threshold)).arg(amount);
    if (unit == ThresholdUnit::TimeProgressPoints)
        return WarningLightText::tr("%1 point(s) of time progress", "a threshold", pluralCount(threshold)).arg(amount);
    //: %1 a threshold, %2 the indicator's unit ("μg/m³")
    return WarningLightText::tr("%1 %2", "a threshold in the indicator's unit").arg(amount, indicator.unit);
}

QString defaultThresholdText(const Criterion &criterion, const Indicator &indicator)
{
    const double threshold = defaultWarningThreshold(criterion, indicator);
    if (defaultThresholdIsShare(criterion, indicator))
        //: %1 a percentage such as 5: the default threshold of a level such as PM2.5
        return WarningLightText::tr("default: %1% of the figure compared with").arg(thresholdNumber(threshold));
    //: %1 a threshold with its unit, "1 percentage point"
    return WarningLightText::tr("default: %1")
        .arg(thresholdAmountText(threshold, warningThresholdUnit(criterion), indicator));
}

QString lightText(WarningLight::Colour colour)
{
    switch (colour) {
    case Colour::Green:
        return WarningLightText::tr("● Green");
    case Colour::Yellow:
        return WarningLightText::tr("▲ Yellow");
    case Colour::Red:
        return WarningLightText::tr("■ Red");
    case Colour::Grey:
        return WarningLightText::tr("○ Grey");
    }
    return {};
}

QString thresholdText(const WarningLight &light, const Indicator &indicator)
{
    const QString amount = thresholdNumber(light.threshold);
    switch (light.thresholdUnit) {
    case ThresholdUnit::GrowthPoints:
        return WarningLightText::tr("yellow: behind by no more than %1 percentage points").arg(amount);
    case ThresholdUnit::TimeProgressPoints:
        return WarningLightText::tr("yellow: behind time progress by no more than %1 points").arg(amount);
    case ThresholdUnit::IndicatorUnit:
        // A rate in % is behind by percentage points, as growth is.
        if (indicator.unit == u"%")
            return WarningLightText::tr("yellow: behind by no more than %1 percentage points").arg(amount);
        //: %1 a number, %2 the indicator's unit ("μg/m³")
        return WarningLightText::tr("yellow: behind by no more than %1 %2").arg(amount, indicator.unit);
    }
    return {};
}

QColor lightColour(WarningLight::Colour colour)
{
    switch (colour) {
    case Colour::Green:
        return QColor(0x1B, 0x9E, 0x4B);
    case Colour::Yellow:
        return QColor(0xE6, 0xA8, 0x17);
    case Colour::Red:
        return QColor(0xC0, 0x39, 0x2B);
    case Colour::Grey:
        return QColor(0x9A, 0x9A, 0x9A);
    }
    return {};
}

} // namespace zhibiao
