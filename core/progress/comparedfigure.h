#pragma once

#include "core/progress/criterionseries.h"
#include "core/progress/progress.h"

#include <optional>

namespace zhibiao {

// The figure a criterion's actual is set against, which a dashboard tile
// and the PDF summary name beside the actual: the role names it
// (CriterionSeries::name), value is the engine's.
struct ComparedFigure
{
    SeriesRole role;
    double value;
};

// The reference series when the criterion has one (the city's rate),
// else last year for "better than last year", else the year's amount for
// an amount target; nullopt when none applies or its figure is missing
// (then missingText() says what is missing).
std::optional<ComparedFigure> comparedFigure(const CriterionProgress &progress);

} // namespace zhibiao
