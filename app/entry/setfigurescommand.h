#pragma once

#include "core/editing/figurechange.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace zhibiao {

class EntryRepository;

// The undo step for any edit of entered figures: one typed cell, a pasted
// block or a cleared selection. The caller writes the change before pushing
// (a write that fails must not enter the stack), so the first redo() does
// nothing. Undo and redo write new revisions; history is never rewritten.
class SetFiguresCommand : public QUndoCommand
{
public:
    using AuthorSource = std::function<Author()>;
    using ErrorSink = std::function<void(const QString &message)>;

    SetFiguresCommand(EntryRepository &entries, const QList<FigureChange> &changes, AuthorSource author,
                      ErrorSink reportError, const QString &text);

    void undo() override;
    void redo() override;

    const QList<FigureChange> &changes() const { return m_changes; }

private:
    void write(ChangeDirection direction);

    EntryRepository &m_entries;
    QList<FigureChange> m_changes;
    AuthorSource m_author;
    ErrorSink m_reportError;
    bool m_alreadyApplied = true;
};

} // namespace zhibiao
