#pragma once

#include "core/progress/criterionseries.h"

#include <QString>

namespace zhibiao {

// One sentence of the analysis that opens the PDF summary, in the style
// of a statistics bureau's monthly report, for one criterion as the
// engine judged it at the report's period (progress; series names its
// indicator and the figures it is compared with):
// "1-6月，全区规模以上工业增加值同比增长12.5%，高于年度目标0.5个百分点，
// 增速居全市第3位（共9个），高于全市平均0.9个百分点。" It states only what
// the numbers hold: no rank without the city's table, no verdict on a
// figure older than the period (it says which period the figure is for).
QString analysisSentence(const CriterionProgress &progress, const CriterionSeries &series);

} // namespace zhibiao
