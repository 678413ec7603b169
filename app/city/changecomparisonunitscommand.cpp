#include "app/city/changecomparisonunitscommand.h"

#include "core/storage/comparisonrepository.h"

namespace zhibiao {

ChangeComparisonUnitsCommand::ChangeComparisonUnitsCommand(ComparisonRepository &comparison,
                                                           QList<ComparisonUnit> before, QList<ComparisonUnit> after,
                                                           std::function<void(const QString &error)> written,
                                                           const QString &text)
    : StoredEditCommand(text, written)
    , m_comparison(comparison)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_written(std::move(written))
{
}

void ChangeComparisonUnitsCommand::write(ChangeDirection direction)
{
    m_comparison.saveUnits(direction == ChangeDirection::Apply ? m_after : m_before);
    m_written({});
}

} // namespace zhibiao
