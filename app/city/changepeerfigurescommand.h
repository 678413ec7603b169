#pragma once

#include "app/undo/storededitcommand.h"
#include "core/domain/peerfigure.h"

#include <QList>

#include <functional>

namespace zhibiao {

class ComparisonRepository;

// A change of the city's comparison table as one undo step: an import of
// the city's table, or cells typed, pasted or cleared in its grid. Undo
// writes back what the cells held (a figure with nothing in it removes
// one the change added), redo the new figures. The city's figures keep no
// history, so both simply replace, each in one transaction.
class ChangePeerFiguresCommand : public StoredEditCommand
{
public:
    // written is called after every write, with the error message if it failed.
    ChangePeerFiguresCommand(ComparisonRepository &comparison, QList<PeerFigure> before, QList<PeerFigure> after,
                             std::function<void(const QString &error)> written, const QString &text);

protected:
    void write(ChangeDirection direction) override;

private:
    ComparisonRepository &m_comparison;
    QList<PeerFigure> m_before;
    QList<PeerFigure> m_after;
    std::function<void(const QString &error)> m_written;
};

} // namespace zhibiao
