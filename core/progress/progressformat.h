#pragma once

#include "core/progress/progress.h"

#include <QString>

namespace zhibiao {

struct Indicator;

// How the engine's numbers read on screen and on paper. One place, so a
// dashboard tile, a chart label and a table cell show the same figure the
// same way. These functions only format: every number comes from
// ProgressEngine, and none is derived here.

// A figure without its unit, rounded as its unit asks: tables and chart
// labels, whose headers and axes carry the unit.
QString formatNumber(double value, const QString &unit);

// How many decimals a figure is shown with, the one rule behind every
// function below: one for percentages (as the statistics bureau publishes
// them), up to two for other figures, none from 1,000 up.
int shownDecimals(double value, const QString &unit);

// The number a figure of that measure shows as, for files that keep
// numbers as numbers (the status export): 8.1, not 8.13648293963.
double roundedAsShown(double value, Measure measure, const QString &unit);

// A figure with its unit: "8.6%", "54,000万元" / "54,000 万元", "38 μg/m³".
// Percentages get one decimal, as the statistics bureau publishes them;
// other figures up to two, none from 1,000 up.
QString formatFigure(double value, const QString &unit);

// The actual or target of a criterion in its measure: growth in %, amounts
// and levels in the indicator's unit.
QString formatMeasure(double value, Measure measure, const QString &unit);

// A gap with its sign and unit: "+0.1 pp" for growth and rates in %
// (个百分点), "−3 μg/m³" otherwise. + is always good news (see progress.h).
QString formatGap(double gap, Measure measure, const QString &unit);

// A share of 0..1 as a percentage: completion and time progress.
QString formatShare(double share);

// What is missing for a verdict, in words a user can act on.
// reference is the reference series' indicator, when the criterion has one.
QString missingText(const CriterionProgress &progress, const Indicator &indicator, const Indicator *reference);

} // namespace zhibiao
