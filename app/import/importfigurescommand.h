#pragma once

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace zhibiao {

class EntryRepository;
class FigureWriter;
class ImportPlan;

// An applied import as one undo step. The plan is applied before the
// command is pushed (a failed import must not enter the stack), so the
// first redo() does nothing. Undo writes each cell's previous revision back
// (with its own source) as a new revision, and a cleared revision where the
// import added a value; redo writes the imported figures again, from the
// import's file. History is never rewritten: both are new revisions by the
// person undoing or redoing, now. Large ones are written on another thread
// (FigureWriter), as the import itself was. The command keeps the plan
// (shared with the dialog that made it), not copies of its figures: a
// million-row import is held once.
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
    // Writes through the writer; a storage failure goes to the error sink.
    void write(const std::function<void(EntryRepository &)> &work);

    FigureWriter &m_writer;
    std::shared_ptr<const ImportPlan> m_plan;
    ErrorSink m_reportError;
    bool m_alreadyApplied = true;
};

} // namespace zhibiao
