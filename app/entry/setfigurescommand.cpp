#include "app/entry/setfigurescommand.h"

#include "core/storage/entryrepository.h"
#include "core/storage/storageerror.h"

namespace zhibiao {

SetFiguresCommand::SetFiguresCommand(EntryRepository &entries, const QList<FigureChange> &changes,
                                     AuthorSource author, ErrorSink reportError, const QString &text)
    : QUndoCommand(text)
    , m_entries(entries)
    , m_changes(changes)
    , m_author(std::move(author))
    , m_reportError(std::move(reportError))
{
}

void SetFiguresCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    write(ChangeDirection::Apply);
}

void SetFiguresCommand::undo()
{
    write(ChangeDirection::Revert);
}

void SetFiguresCommand::write(ChangeDirection direction)
{
    try {
        writeFigureChanges(m_entries, m_changes, direction, m_author());
    } catch (const StorageError &error) {
        // Nothing was written (one transaction). The step cannot be trusted
        // any more: drop it from the stack rather than pretend it ran.
        setObsolete(true);
        m_reportError(error.message());
    }
}

} // namespace zhibiao
