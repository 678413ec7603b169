#pragma once

#include "entry.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace zhibiao {

class EntryRepository;
class ImportPlan;

// An applied import as one undo step. The plan is applied before the
// command is pushed (a failed import must not enter the stack), so the
// first redo() does nothing. Undo writes each cell's previous value back as
// a new revision, and a cleared revision where the import added a value;
// redo writes the imported values again. History is never rewritten.
class ImportFiguresCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &message)>;

    ImportFiguresCommand(EntryRepository &entries, const ImportPlan &appliedPlan, const QString &fileName,
                         ErrorSink reportError);

    void undo() override;
    void redo() override;

    qsizetype cellCount() const { return m_imported.size(); }

private:
    void write(const QList<Entry> &entries);

    EntryRepository &m_entries;
    QList<Entry> m_imported;
    QList<Entry> m_previous;
    ErrorSink m_reportError;
    bool m_alreadyApplied = true;
};

} // namespace zhibiao
