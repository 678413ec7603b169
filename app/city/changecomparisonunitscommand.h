#pragma once

#include "app/undo/storededitcommand.h"
#include "core/domain/comparisonunit.h"

#include <QList>

#include <functional>

namespace zhibiao {

class ComparisonRepository;

// The undo step for any edit of the city's comparison units (a rename, our
// district or the city marked, a move, a unit added or removed): the whole
// list before and after, written by ComparisonRepository::saveUnits. The
// units are few, so a snapshot is simpler and safer than a command per
// kind of edit. Undoing an addition is refused (the step dropped, the
// reason shown) once the city's figures name the new unit.
class ChangeComparisonUnitsCommand : public StoredEditCommand
{
public:
    // written is called after every write, with the error message if it failed.
    ChangeComparisonUnitsCommand(ComparisonRepository &comparison, QList<ComparisonUnit> before,
                                 QList<ComparisonUnit> after, std::function<void(const QString &error)> written,
                                 const QString &text);

protected:
    void write(ChangeDirection direction) override;

private:
    ComparisonRepository &m_comparison;
    QList<ComparisonUnit> m_before;
    QList<ComparisonUnit> m_after;
    std::function<void(const QString &error)> m_written;
};

} // namespace zhibiao
