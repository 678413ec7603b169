#include "tests/support/workspacecontent.h"

#include "core/domain/years.h"
#include "core/storage/workspace.h"

namespace zhibiao::test {

WorkspaceContent contentOf(Workspace &workspace)
{
    WorkspaceContent content;
    content.district = workspace.district();
    content.indicators = workspace.indicators().all();
    for (const int year : workspace.targets().years())
        content.targets += workspace.targets().forYear(year);
    for (int year = FirstYear; year <= LastYear; ++year) {
        for (const auto &[key, count] : workspace.entries().revisionCounts(year))
            content.revisions += workspace.entries().history(key);
    }
    return content;
}

} // namespace zhibiao::test
