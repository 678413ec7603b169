#include "importfigurescommand.h"

#include "entryrepository.h"
#include "figurechange.h"
#include "importplan.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace zhibiao {

namespace {

// What undo writes into a cell: its value before the import, or nothing.
Entry restoring(const PlannedEntry &planned)
{
    if (planned.previous)
        return *planned.previous;
    Entry cleared;
    cleared.key = planned.entry.key;
    return cleared;
}

} // namespace

ImportFiguresCommand::ImportFiguresCommand(EntryRepository &entries, const ImportPlan &appliedPlan,
                                           const QString &fileName, ErrorSink reportError)
    : m_entries(entries)
    , m_reportError(std::move(reportError))
{
    for (const QList<PlannedEntry> *part : {&appliedPlan.additions(), &appliedPlan.revisions()}) {
        for (const PlannedEntry &planned : *part) {
            m_imported.append(planned.entry);
            m_previous.append(restoring(planned));
        }
    }
    //: The undo step of an import in Edit → Undo: %1 file name, %2 number of figures
    setText(QCoreApplication::translate("zhibiao::ImportFiguresCommand", "import of %1 (%n figure(s))", nullptr,
                                        int(m_imported.size()))
                .arg(QFileInfo(fileName).fileName()));
}

void ImportFiguresCommand::write(const QList<Entry> &entries)
{
    // A new revision carries who and when: the person undoing, now.
    const Author author = Author::current();
    QList<Entry> stamped = entries;
    for (Entry &entry : stamped) {
        entry.enteredAt = author.now;
        entry.enteredBy = author.name;
    }
    try {
        m_entries.recordAll(stamped);
    } catch (const StorageError &error) {
        if (m_reportError)
            m_reportError(error.message());
    }
}

void ImportFiguresCommand::undo()
{
    write(m_previous);
}

void ImportFiguresCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    write(m_imported);
}

} // namespace zhibiao
