#include "app/targets/changetargetscommand.h"

#include "core/storage/storageerror.h"
#include "core/storage/targetrepository.h"

namespace zhibiao {

ChangeTargetsCommand::ChangeTargetsCommand(TargetRepository &targets, int year, const QList<Target> &before,
                                           const QList<Target> &after,
                                           std::function<void(const QString &error)> written, const QString &text)
    : QUndoCommand(text)
    , m_targets(targets)
    , m_year(year)
    , m_before(before)
    , m_after(after)
    , m_written(std::move(written))
{
}

void ChangeTargetsCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    write(m_after);
}

void ChangeTargetsCommand::undo()
{
    write(m_before);
}

void ChangeTargetsCommand::write(const QList<Target> &targets)
{
    try {
        m_targets.replaceYear(m_year, targets);
        m_written({});
    } catch (const StorageError &error) {
        setObsolete(true); // nothing was written; the step no longer matches the file
        m_written(error.message());
    }
}

} // namespace zhibiao
