#pragma once

#include "app/undo/storededitcommand.h"
#include "core/domain/district.h"

#include <functional>

namespace zhibiao {

class Workspace;

// The undo step of Edit → District settings…: the district before and
// after, each written whole through Workspace::setDistrict (the one write
// the dialog and the step share).
class ChangeDistrictCommand : public StoredEditCommand
{
public:
    // written is called after every write, with the error message if it failed.
    ChangeDistrictCommand(Workspace &workspace, District before, District after,
                          std::function<void(const QString &error)> written, const QString &text);

protected:
    void write(ChangeDirection direction) override;

private:
    Workspace &m_workspace;
    District m_before;
    District m_after;
    std::function<void(const QString &error)> m_written;
};

} // namespace zhibiao
