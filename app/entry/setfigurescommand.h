#pragma once

#include "app/undo/storededitcommand.h"
#include "core/editing/figurechange.h"

#include <QList>

#include <functional>

namespace zhibiao {

class EntryRepository;

// The undo step for any edit of entered figures: one typed cell, a pasted
// block or a cleared selection. Undo and redo write new revisions, stamped
// by whoever undoes or redoes, then.
class SetFiguresCommand : public StoredEditCommand
{
public:
    using StampSource = std::function<EntryStamp()>;

    SetFiguresCommand(EntryRepository &entries, const QList<FigureChange> &changes, StampSource stamp,
                      ErrorSink reportError, const QString &text);

    const QList<FigureChange> &changes() const { return m_changes; }

protected:
    void write(ChangeDirection direction) override;

private:
    EntryRepository &m_entries;
    QList<FigureChange> m_changes;
    StampSource m_stamp;
};

} // namespace zhibiao
