#include "app/import/importfigurescommand.h"

#include "core/import/importplan.h"
#include "core/storage/entryrepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace zhibiao {

ImportFiguresCommand::ImportFiguresCommand(FigureWriter &writer, std::shared_ptr<const ImportPlan> appliedPlan,
                                           const QString &fileName, ErrorSink reportError)
    //: The undo step of an import in Edit → Undo: %1 file name, %2 number of figures
    : StoredEditCommand(QCoreApplication::translate("zhibiao::ImportFiguresCommand", "import of %1 (%n figure(s))",
                                                    nullptr, int(appliedPlan->writeCount()))
                            .arg(QFileInfo(fileName).fileName()),
                        std::move(reportError))
    , m_writer(writer)
    , m_plan(std::move(appliedPlan))
    , m_fileName(QFileInfo(fileName).fileName())
{
}

qsizetype ImportFiguresCommand::cellCount() const
{
    return m_plan->writeCount();
}

FigureWriter::Work ImportFiguresCommand::writeFor(ChangeDirection direction) const
{
    if (direction == ChangeDirection::Revert) {
        // Each cell as it was, from where it came; a new revision carries
        // who and when: the person undoing, now.
        const EntryStamp stamp = EntryStamp::now();
        auto before = std::make_shared<QList<Entry>>(m_plan->entriesBefore());
        for (Entry &entry : *before) {
            entry.enteredBy = stamp.enteredBy;
            entry.enteredAt = stamp.enteredAt;
        }
        return [before](EntryRepository &entries) { entries.recordAll(*before); };
    }
    return [plan = m_plan, stamp = EntryStamp::now(m_fileName)](EntryRepository &entries) {
        entries.recordAll(plan->figuresInFileOrder(), stamp);
    };
}

void ImportFiguresCommand::write(ChangeDirection direction)
{
    m_writer.writeNow(cellCount(), writeFor(direction));
}

} // namespace zhibiao
