#pragma once

#include "core/domain/target.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace zhibiao {

class TargetRepository;

// The undo step for any edit of a year's targets: the year's whole list
// before and after. Targets are few, so a snapshot is simpler and safer
// than a command per kind of edit. As with figures, the caller writes the
// change before pushing, so the first redo() does nothing.
class ChangeTargetsCommand : public QUndoCommand
{
public:
    ChangeTargetsCommand(TargetRepository &targets, int year, const QList<Target> &before,
                         const QList<Target> &after, std::function<void(const QString &error)> written,
                         const QString &text);

    void undo() override;
    void redo() override;

private:
    void write(const QList<Target> &targets);

    TargetRepository &m_targets;
    int m_year;
    QList<Target> m_before;
    QList<Target> m_after;
    // Called after every write, with the error message if it failed.
    std::function<void(const QString &error)> m_written;
    bool m_alreadyApplied = true;
};

} // namespace zhibiao
