#include "core/progress/defaultasof.h"

#include "core/progress/yearfigures.h"

namespace zhibiao {

Period defaultAsOf(const YearFigures &figures)
{
    const std::optional<int> latest = figures.latestMonthWithData();
    return latest ? *Period::fromMonth(*latest) : Period::yearEnd();
}

} // namespace zhibiao
