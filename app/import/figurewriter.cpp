#include "app/import/figurewriter.h"

#include "core/domain/usererror.h"
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

// A large write, on whichever thread calls this: through a second
// connection to first's file, since first's connection belongs to the
// window's thread. Returns the years written, ascending and once each.
QList<int> writeThroughOwnConnection(const Database &first, const FigureWriter::Work &work)
{
    Database second(Database::SecondConnection{first});
    EntryRepository entries(second);
    QList<int> years;
    QObject::connect(&entries, &EntryRepository::entriesChanged, &entries,
                     [&years](const QList<int> &changed) { years += changed; });
    work(entries);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace

FigureWriter::FigureWriter(Workspace &workspace, QWidget *window)
    : m_workspace(workspace)
    , m_window(window)
{
    connect(&m_largeWrite, &QFutureWatcherBase::finished, this, &FigureWriter::largeWriteFinished);
}

FigureWriter::~FigureWriter()
{
    m_largeWrite.waitForFinished();
}

void FigureWriter::write(qsizetype count, Work work, Done done)
{
    Q_ASSERT(!isWriting());
    if (count < LargeWrite) {
        QString error;
        try {
            work(m_workspace.entries());
        } catch (const UserError &failure) {
            error = failure.message();
        }
        done(error);
        return;
    }
    m_done = std::move(done);
    m_ownWrite.emplace(m_workspace.changes());
    m_busy = new BusyDialog(tr("Writing %n figure(s) to the database…", nullptr, int(count)), m_window);
    m_busy->show();
    const Database &first = m_workspace.database(); // outlives this writer, which waits for the write
    m_largeWrite.setFuture(runTask<QList<int>>(
        [&first, work = std::move(work)] { return writeThroughOwnConnection(first, work); }));
}

void FigureWriter::largeWriteFinished()
{
    QString error;
    QList<int> years;
    try {
        years = *m_largeWrite.result().take();
    } catch (const UserError &failure) {
        error = failure.message();
    }
    announce(years);
    m_ownWrite.reset();
    delete m_busy;
    std::exchange(m_done, nullptr)(error);
}

void FigureWriter::writeNow(qsizetype count, const Work &work)
{
    if (count < LargeWrite) {
        work(m_workspace.entries());
        return;
    }
    const DataChangeWatcher::OwnWrite ownWrite(m_workspace.changes());
    announce(writeThroughOwnConnection(m_workspace.database(), work));
}

void FigureWriter::announce(QList<int> years)
{
    // Copying the log into the file is left to the window's connection's
    // checkpointer, so that the write ends at its commit (Database::LargeWrite).
    m_workspace.database().checkpointInBackground();
    m_workspace.entries().announceChanges(years);
}

} // namespace zhibiao
