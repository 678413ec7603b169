#pragma once

#include "core/domain/district.h"
#include "core/domain/entry.h"
#include "core/domain/indicator.h"
#include "core/domain/target.h"

#include <QList>

namespace zhibiao {
class Workspace;
}

namespace zhibiao::test {

// Everything a database holds, read through the gateways as any screen
// reads it: two databases of either engine with equal contents hold the
// same district, indicators, targets and every revision of every cell,
// stamps included.
struct WorkspaceContent
{
    District district;
    QList<Indicator> indicators;
    QList<Target> targets;
    QList<Entry> revisions; // every cell's history, cells in order

    friend bool operator==(const WorkspaceContent &, const WorkspaceContent &) = default;
};

WorkspaceContent contentOf(Workspace &workspace);

} // namespace zhibiao::test
