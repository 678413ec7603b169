#include "app/district/changedistrictcommand.h"

#include "core/storage/workspace.h"

namespace zhibiao {

ChangeDistrictCommand::ChangeDistrictCommand(Workspace &workspace, District before, District after,
                                             std::function<void(const QString &error)> written, const QString &text)
    : StoredEditCommand(text, written)
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_written(std::move(written))
{
}

void ChangeDistrictCommand::write(ChangeDirection direction)
{
    m_workspace.setDistrict(direction == ChangeDirection::Apply ? m_after : m_before);
    m_written({});
}

} // namespace zhibiao
