#pragma once

#include "core/export/exportsheet.h"

#include <QCoreApplication>

namespace zhibiao {

struct YearProgress;

// Lays out each target's status as the progress engine judges it at the
// year's "as of" period (YearProgress): one row per criterion with the
// actual figure, the target figure, the gap, the criterion's and the
// target's status, the warning light with its threshold, and where the
// city's table has the indicator the district's rank, the units ranked,
// the gap to the city and the table's period. It computes nothing: every
// number is the engine's (docs/progress.md), the light WarningLight's and
// the rank CityStanding's.
class StatusSheet
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::StatusSheet)

public:
    static ExportSheet build(const YearProgress &year);
};

} // namespace zhibiao
