#include "figurewriter.h"

#include "backgroundstep.h"
#include "database.h"
#include "entryrepository.h"
#include "workspace.h"

#include <QProgressDialog>

#include <algorithm>

namespace zhibiao {

FigureWriter::FigureWriter(Workspace &workspace, QWidget *window)
    : m_workspace(workspace)
    , m_window(window)
{
}

void FigureWriter::write(qsizetype count, const std::function<void(EntryRepository &)> &write)
{
    if (count < LargeWrite) {
        write(m_workspace.entries());
        return;
    }
    // No Cancel: the write is one transaction, over in about a second for
    // a million figures (docs/performance.md).
    QProgressDialog writing(tr("Writing %n figure(s) to the database…", nullptr, int(count)), QString(), 0, 0,
                            m_window);
    writing.setWindowModality(Qt::WindowModal);
    writing.setMinimumDuration(0);
    writing.show();

    // The connection of the window belongs to this thread; the other
    // thread opens one of its own, and the watcher is told that this
    // commit is the window's own, not another program's.
    const DataChangeWatcher::OwnWrite ownWrite(m_workspace.changes());
    const QString path = m_workspace.database().path();
    QList<int> years;
    runInBackground([&path, &years, &write] {
        Database database(path);
        EntryRepository entries(database);
        QObject::connect(&entries, &EntryRepository::entriesChanged,
                         [&years](const QList<int> &changed) { years += changed; });
        write(entries);
    });
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    m_workspace.entries().announceChanges(years);
}

} // namespace zhibiao
