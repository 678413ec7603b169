#pragma once

#include "core/domain/indicator.h"
#include "core/progress/progress.h"

#include <QColor>
#include <QString>

namespace zhibiao {

// The early-warning light (预警) of one criterion at one period, as the
// leadership reads them: green meets the target (and an amount keeps up
// with time progress), yellow is behind by no more than the criterion's
// threshold, red is further behind or a fall where growth is targeted,
// grey has no current figure to judge. The one rule; the tile, the PDF
// and the exports read it.
struct WarningLight
{
    enum class Colour { Green, Yellow, Red, Grey };

    Colour colour = Colour::Grey;
    // The threshold applied: the criterion's own, else the default for its measure.
    double threshold = 0;
    // What the threshold counts: percentage points of growth, points of
    // time progress (时间进度) or the indicator's unit.
    enum class ThresholdUnit { GrowthPoints, TimeProgressPoints, IndicatorUnit };
    ThresholdUnit thresholdUnit = ThresholdUnit::GrowthPoints;

    friend bool operator==(const WarningLight &, const WarningLight &) = default;
};

// The light of progress, a criterion of an indicator, judged by the engine.
WarningLight warningLight(const CriterionProgress &progress, const Indicator &indicator);

// The threshold a criterion without its own gets: 1 percentage point for
// growth, 10 points of time progress for amounts, half a point for rates
// in %, 5% of the target for other levels.
double defaultWarningThreshold(const Criterion &criterion, const Indicator &indicator);

// What a criterion's threshold counts, by its kind alone: the same with or
// without a figure, so the targets editor can say it before there is one.
WarningLight::ThresholdUnit warningThresholdUnit(const Criterion &criterion);
// Whether a criterion without its own threshold gets a share of the figure
// compared with (5% of a level such as PM2.5) rather than a fixed amount.
bool defaultThresholdIsShare(const Criterion &criterion, const Indicator &indicator);

// A threshold with what it counts, as the targets editor shows it:
// "0.3个百分点" / "0.3 percentage points", "10 points of time progress", "2 μg/m³".
QString thresholdAmountText(double threshold, WarningLight::ThresholdUnit unit, const Indicator &indicator);
// What a criterion without a threshold of its own gets, in words:
// "默认 1个百分点" / "default: 1 percentage point"; for a level not in %
// "default: 5% of the figure compared with".
QString defaultThresholdText(const Criterion &criterion, const Indicator &indicator);

// The light in words with its symbol, never colour alone: "● 绿灯" / "● Green".
QString lightText(WarningLight::Colour colour);
// What yellow allows, stated wherever a light is shown: "黄灯：落后不超过1个百分点".
QString thresholdText(const WarningLight &light, const Indicator &indicator);
// Colours that read on white and in greyscale print (by lightness).
QColor lightColour(WarningLight::Colour colour);

} // namespace zhibiao
