#include "app/entry/setfigurescommand.h"

#include "core/storage/entryrepository.h"

namespace zhibiao {

SetFiguresCommand::SetFiguresCommand(EntryRepository &entries, const QList<FigureChange> &changes,
                                     StampSource stamp, ErrorSink reportError, const QString &text)
    : StoredEditCommand(text, std::move(reportError))
    , m_entries(entries)
    , m_changes(changes)
    , m_stamp(std::move(stamp))
{
}

void SetFiguresCommand::write(ChangeDirection direction)
{
    writeFigureChanges(m_entries, m_changes, direction, m_stamp());
}

} // namespace zhibiao
