#pragma once

#include "core/domain/entry.h"
#include "core/domain/indicator.h"
#include "core/domain/period.h"
#include "core/domain/target.h"
#include "core/progress/progressengine.h"
#include "core/progress/progressseries.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Workspace;

// A year's targets judged as of one period: what the dashboard, the PDF
// summary and the export's status sheet each start from, read the one same
// way. A snapshot of values; it does not follow later edits.
struct YearProgress
{
    QList<Target> targets;
    QList<Indicator> indicators;
    // The year's latest figures as stored (notes and sources too), read
    // once for the engine and for whoever lists them.
    QList<Entry> entries;
    // Over the latest figures of the year and of the year before.
    ProgressEngine engine;
    Period asOf;
    // One per target, in the order of targets.
    QList<ProgressSeries> series;

    int year() const { return engine.year(); }
    // Whether the year has any figure of any indicator yet.
    bool hasFigures() const;
};

// Reads year from an open database and judges its targets as of asOf;
// without asOf, as of defaultAsOf() (the latest month with any figure).
// Throws StorageError when the database cannot be read.
YearProgress loadYearProgress(Workspace &workspace, int year, std::optional<Period> asOf = std::nullopt);

} // namespace zhibiao
