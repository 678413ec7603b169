#include "app/targets/changetargetscommand.h"

#include "core/storage/targetrepository.h"

namespace zhibiao {

ChangeTargetsCommand::ChangeTargetsCommand(TargetRepository &targets, int year, const QList<Target> &before,
                                           const QList<Target> &after,
                                           std::function<void(const QString &error)> written, const QString &text)
    : StoredEditCommand(text, written)
    , m_targets(targets)
    , m_year(year)
    , m_before(before)
    , m_after(after)
    , m_written(std::move(written))
{
}

void ChangeTargetsCommand::write(ChangeDirection direction)
{
    m_targets.replaceYear(m_year, direction == ChangeDirection::Apply ? m_after : m_before);
    m_written({});
}

} // namespace zhibiao
