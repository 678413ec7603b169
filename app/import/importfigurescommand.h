#pragma once

#include "entry.h"

#include <QList>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace zhibiao {

class FigureWriter;
class ImportPlan;

// An applied import as one undo step. The plan is applied before the
// command is pushed (a failed import must not enter the stack), so the
// first redo() does nothing. Undo writes each cell's previous value back as
// a new revision, and a cleared revision where the import added a value;
// redo writes the imported values again. History is never rewritten: both
// are new revisions, by the person undoing or redoing, now, from the
// import's file. Large ones are written on another thread (FigureWriter),
// as the import itself was. The command keeps the plan (shared with the dialog that made it) rather than
// copies of its figures: a million-row import is held once.
class ImportFiguresCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &message)>;

    ImportFiguresCommand(FigureWriter &writer, std::shared_ptr<const ImportPlan> appliedPlan,
                         const QString &fileName, ErrorSink reportError);

    void undo() override;
    void redo() override;

    qsizetype cellCount() const;

private:
    void write(const QList<const CellFigures *> &figures);

    FigureWriter &m_writer;
    std::shared_ptr<const ImportPlan> m_plan;
    ErrorSink m_reportError;
    bool m_alreadyApplied = true;
};

} // namespace zhibiao
