#include "app/indicators/changeindicatorcommand.h"

#include "core/storage/indicatorrepository.h"

namespace zhibiao {

void changeIndicator(IndicatorRepository &indicators, const std::optional<Indicator> &from,
                     const std::optional<Indicator> &to)
{
    if (from && to)
        indicators.replace(from->code, *to);
    else if (to)
        indicators.add(*to);
    else if (from)
        indicators.remove(from->code);
}

ChangeIndicatorCommand::ChangeIndicatorCommand(IndicatorRepository &indicators, std::optional<Indicator> before,
                                               std::optional<Indicator> after,
                                               std::function<void(const QString &error)> written, const QString &text)
    : StoredEditCommand(text, written)
    , m_indicators(indicators)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_written(std::move(written))
{
}

void ChangeIndicatorCommand::write(ChangeDirection direction)
{
    if (direction == ChangeDirection::Apply)
        changeIndicator(m_indicators, m_before, m_after);
    else
        changeIndicator(m_indicators, m_after, m_before);
    m_written({});
}

} // namespace zhibiao
