#include "core/progress/comparedfigure.h"

namespace zhibiao {

std::optional<ComparedFigure> comparedFigure(const CriterionProgress &progress)
{
    if (progress.referenceValue)
        return ComparedFigure{SeriesRole::Reference, *progress.referenceValue};
    if (progress.criterion.kind == CriterionKind::BetterThanLastYear && progress.lastYearValue)
        return ComparedFigure{SeriesRole::LastYear, *progress.lastYearValue};
    if (progress.measure == Measure::Amount && progress.target)
        return ComparedFigure{SeriesRole::Target, *progress.target};
    return std::nullopt;
}

} // namespace zhibiao
