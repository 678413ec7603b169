#pragma once

#include "app/undo/storededitcommand.h"
#include "core/domain/indicator.h"

#include <functional>
#include <optional>

namespace zhibiao {

class IndicatorRepository;

// The undo step for adding, editing (retiring included) and deleting an
// indicator: its definition before and after, nullopt where it does not
// exist. Undoing an addition deletes it again, which the repository refuses
// once figures were entered for it; the step is then dropped with the
// message (StoredEditCommand).
class ChangeIndicatorCommand : public StoredEditCommand
{
public:
    // written is called after every write, with the error message if it failed.
    ChangeIndicatorCommand(IndicatorRepository &indicators, std::optional<Indicator> before,
                           std::optional<Indicator> after, std::function<void(const QString &error)> written,
                           const QString &text);

protected:
    void write(ChangeDirection direction) override;

private:
    IndicatorRepository &m_indicators;
    std::optional<Indicator> m_before;
    std::optional<Indicator> m_after;
    std::function<void(const QString &error)> m_written;
};

// Makes the change from one definition to another (either may be nullopt)
// in the repository: the one write the screen and the undo step share.
void changeIndicator(IndicatorRepository &indicators, const std::optional<Indicator> &from,
                     const std::optional<Indicator> &to);

} // namespace zhibiao
