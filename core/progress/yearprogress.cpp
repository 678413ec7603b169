#include "core/progress/yearprogress.h"

#include "core/progress/defaultasof.h"
#include "core/storage/workspace.h"

namespace zhibiao {

bool YearProgress::hasFigures() const
{
    return engine.figures().latestMonthWithData().has_value();
}

YearProgress loadYearProgress(Workspace &workspace, int year, std::optional<Period> asOf)
{
    QList<Target> targets = workspace.targets().forYear(year);
    QList<Indicator> indicators = workspace.indicators().all();
    QList<Entry> entries = workspace.entries().forYear(year);
    CityComparison comparison(workspace.comparison().units(), indicators, workspace.comparison().figures(year));
    ProgressEngine engine(indicators, YearFigures(year, entries, workspace.entries().forYear(year - 1)),
                          std::move(comparison));
    const Period at = asOf.value_or(defaultAsOf(engine.figures()));
    QList<ProgressSeries> series;
    series.reserve(targets.size());
    for (const Target &target : targets)
        series.append(ProgressSeries(engine, indicators, target, at));
    return YearProgress{std::move(targets), std::move(indicators), std::move(entries), std::move(engine), at,
                        std::move(series)};
}

} // namespace zhibiao
