#pragma once

#include "core/domain/indicator.h"
#include "core/domain/target.h"
#include "core/export/exportsheet.h"
#include "core/progress/progressengine.h"

#include <QCoreApplication>
#include <QList>

namespace zhibiao {

// Lays out each target's status as the progress engine judges it at one
// period: one row per criterion with the actual figure, the target figure,
// the gap, the criterion's and the target's status. It computes nothing:
// every number is the engine's (docs/progress.md).
class StatusSheet
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::StatusSheet)

public:
    static ExportSheet build(const ProgressEngine &engine, const QList<Target> &targets,
                             const QList<Indicator> &indicators, Period asOf);
};

} // namespace zhibiao
