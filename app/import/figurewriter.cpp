#include "app/import/figurewriter.h"

#include "app/import/backgroundstep.h"
#include "core/storage/database.h"
#include "core/storage/entryrepository.h"
#include "core/storage/workspace.h"

#include <QCloseEvent>
#include <QProgressDialog>

#include <algorithm>

namespace zhibiao {

namespace {

// The busy window of a write. It cannot be dismissed (Esc, its close
// button): it is what keeps the user out of the main window while the
// write runs, and the write, one transaction, cannot be stopped halfway.
class BusyDialog : public QProgressDialog
{
public:
    BusyDialog(const QString &label, QWidget *parent)
        : QProgressDialog(label, QString(), 0, 0, parent)
    {
        setWindowModality(Qt::WindowModal);
        setMinimumDuration(0);
    }

    void reject() override {}

protected:
    void closeEvent(QCloseEvent *event) override { event->ignore(); }
};

} // namespace

FigureWriter::FigureWriter(Workspace &workspace, QWidget *window)
    : m_workspace(workspace)
    , m_window(window)
{
}

void FigureWriter::write(qsizetype count, const std::function<void(EntryRepository &)> &work)
{
    if (count < LargeWrite) {
        work(m_workspace.entries());
        return;
    }
    BusyDialog writing(tr("Writing %n figure(s) to the database…", nullptr, int(count)), m_window);
    writing.show();

    // The window's connection belongs to this thread; the other thread
    // opens a second one to the same file, and the watcher is told that its
    // commit is the window's own, not another program's.
    const DataChangeWatcher::OwnWrite ownWrite(m_workspace.changes());
    const Database &first = m_workspace.database();
    QList<int> years;
    runInBackground([&first, &years, &work] {
        Database second(Database::SecondConnection{first});
        EntryRepository entries(second);
        QObject::connect(&entries, &EntryRepository::entriesChanged, &entries,
                         [&years](const QList<int> &changed) { years += changed; });
        work(entries);
    });
    // Copying the log into the file is left to the window's connection's
    // checkpointer, so that the write ends at its commit (Database::LargeWrite).
    m_workspace.database().checkpointInBackground();
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    m_workspace.entries().announceChanges(years);
}

} // namespace zhibiao
