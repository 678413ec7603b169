#include "importfigurescommand.h"

#include "entryrepository.h"
#include "figurechange.h"
#include "figurewriter.h"
#include "importplan.h"
#include "storageerror.h"

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

void ImportFiguresCommand::write(const QList<const CellFigures *> &figures)
{
    // A new revision carries who and when: the person undoing, now.
    const Author author = Author::current();
    const EntryStamp stamp{m_plan->stamp().source, author.name, author.now};
    try {
        m_writer.write(figures.size(), [&figures, &stamp](EntryRepository &entries) { entries.recordAll(figures, stamp); });
    } catch (const StorageError &error) {
        if (m_reportError)
            m_reportError(error.message());
    }
}

void ImportFiguresCommand::undo()
{
    const QList<CellFigures> before = m_plan->figuresBefore();
    QList<const CellFigures *> pointers;
    pointers.reserve(before.size());
    for (const CellFigures &figures : before)
        pointers.append(&figures);
    write(pointers);
}

void ImportFiguresCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    write(m_plan->figuresInFileOrder());
}

} // namespace zhibiao
