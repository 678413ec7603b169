#include "app/import/importfigurescommand.h"

#include "app/import/figurewriter.h"
#include "core/editing/figurechange.h"
#include "core/import/importplan.h"
#include "core/storage/entryrepository.h"
#include "core/storage/storageerror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace zhibiao {

ImportFiguresCommand::ImportFiguresCommand(FigureWriter &writer, std::shared_ptr<const ImportPlan> appliedPlan,
                                           const QString &fileName, ErrorSink reportError)
    : m_writer(writer)
    , m_plan(std::move(appliedPlan))
    , m_reportError(std::move(reportError))
{
    //: The undo step of an import in Edit → Undo: %1 file name, %2 number of figures
    setText(QCoreApplication::translate("zhibiao::ImportFiguresCommand", "import of %1 (%n figure(s))", nullptr,
                                        int(cellCount()))
                .arg(QFileInfo(fileName).fileName()));
}

qsizetype ImportFiguresCommand::cellCount() const
{
    return m_plan->writeCount();
}

void ImportFiguresCommand::write(const std::function<void(EntryRepository &)> &work)
{
    try {
        m_writer.write(cellCount(), work);
    } catch (const StorageError &error) {
        if (m_reportError)
            m_reportError(error.message());
    }
}

void ImportFiguresCommand::undo()
{
    // Each cell as it was, from where it came; a new revision carries who
    // and when: the person undoing, now.
    const Author author = Author::current();
    QList<Entry> before = m_plan->entriesBefore();
    for (Entry &entry : before) {
        entry.enteredBy = author.name;
        entry.enteredAt = author.now;
    }
    write([&before](EntryRepository &entries) { entries.recordAll(before); });
}

void ImportFiguresCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    const Author author = Author::current();
    const EntryStamp stamp{m_plan->stamp().source, author.name, author.now};
    // Held here too: the window's history may let go of this command
    // while it writes, and the figures written are the plan's.
    const std::shared_ptr<const ImportPlan> plan = m_plan;
    const QList<const CellFigures *> figures = plan->figuresInFileOrder();
    write([&figures, &stamp](EntryRepository &entries) { entries.recordAll(figures, stamp); });
}

} // namespace zhibiao
