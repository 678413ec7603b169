#include "core/progress/progresssource.h"

#include "core/storage/workspace.h"

namespace zhibiao {

ProgressEngine loadProgressEngine(Workspace &workspace, int year)
{
    return ProgressEngine(workspace.indicators().all(),
                          YearFigures(year, workspace.entries().forYear(year), workspace.entries().forYear(year - 1)));
}

} // namespace zhibiao
