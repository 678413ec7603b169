#pragma once

#include "app/import/figurewriter.h"
#include "app/undo/storededitcommand.h"

#include <memory>

namespace zhibiao {

class ImportPlan;

// An applied import as one undo step. Undo writes each cell's previous
// revision back (with its own source) as a new revision, and a cleared
// revision where the import added a value; redo writes the imported
// figures again, from the import's file. History is never rewritten: both
// are new revisions by the person undoing or redoing, now. The command
// keeps the plan (shared with the dialog that made it), not copies of its
// figures: a million-row import is held once.
//
// Large ones are written through the window's FigureWriter. The window's
// Edit → Undo and Redo write them on another thread first (writeFor(),
// then markWritten()), so that the window goes on painting; an undo() or
// redo() called directly writes in place.
class ImportFiguresCommand : public StoredEditCommand
{
public:
    ImportFiguresCommand(FigureWriter &writer, std::shared_ptr<const ImportPlan> appliedPlan,
                         const QString &fileName, ErrorSink reportError);

    qsizetype cellCount() const;
    // The write that takes the import back (Revert) or makes it again
    // (Apply), stamped now. It holds the plan itself, so it stays valid
    // on another thread whatever the window's history does meanwhile.
    FigureWriter::Work writeFor(ChangeDirection direction) const;

protected:
    void write(ChangeDirection direction) override;

private:
    FigureWriter &m_writer;
    std::shared_ptr<const ImportPlan> m_plan;
    QString m_fileName;
};

} // namespace zhibiao
