#include "tests/support/citytable.h"

#include "core/import/importsession.h"
#include "core/import/peerimportplan.h"
#include "core/storage/workspace.h"

#include <catch2/catch.hpp>

namespace zhibiao::test {

void importCityTable(Workspace &workspace, const QString &file)
{
    const ImportSession session(file, TableFileOptions{});
    std::optional<PeerTableReading> reading
        = session.cityTable(workspace.comparison().units(), workspace.indicators().all(), ImportOptions{});
    REQUIRE(reading);
    REQUIRE(reading->rejected.isEmpty());
    const PeerImportPlan plan = PeerImportPlan::build(std::move(*reading), workspace);
    plan.apply(workspace.comparison());
}

} // namespace zhibiao::test
