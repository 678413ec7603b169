#pragma once

#include "app/undo/storededitcommand.h"
#include "core/domain/target.h"

#include <QList>

#include <functional>

namespace zhibiao {

class TargetRepository;

// The undo step for any edit of a year's targets: the year's whole list
// before and after. Targets are few, so a snapshot is simpler and safer
// than a command per kind of edit.
class ChangeTargetsCommand : public StoredEditCommand
{
public:
    // written is called after every write, with the error message if it failed.
    ChangeTargetsCommand(TargetRepository &targets, int year, const QList<Target> &before,
                         const QList<Target> &after, std::function<void(const QString &error)> written,
                         const QString &text);

protected:
    void write(ChangeDirection direction) override;

private:
    TargetRepository &m_targets;
    int m_year;
    QList<Target> m_before;
    QList<Target> m_after;
    std::function<void(const QString &error)> m_written;
};

} // namespace zhibiao
