#include "app/city/changepeerfigurescommand.h"

#include "core/storage/comparisonrepository.h"

namespace zhibiao {

ChangePeerFiguresCommand::ChangePeerFiguresCommand(ComparisonRepository &comparison, QList<PeerFigure> before,
                                                   QList<PeerFigure> after,
                                                   std::function<void(const QString &error)> written,
                                                   const QString &text)
    : StoredEditCommand(text, written)
    , m_comparison(comparison)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_written(std::move(written))
{
}

void ChangePeerFiguresCommand::write(ChangeDirection direction)
{
    m_comparison.write(direction == ChangeDirection::Apply ? m_after : m_before);
    m_written({});
}

} // namespace zhibiao
