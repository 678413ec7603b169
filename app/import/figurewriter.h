#pragma once

#include "app/import/backgroundtask.h"
#include "core/storage/datachangewatcher.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace zhibiao {

class EntryRepository;
class Workspace;

// Writes figures for a window. A large write (a whole import, or its undo)
// runs on another thread through a connection of its own to the same file,
// behind a busy window that keeps the user out of the main window while
// the window goes on painting; the window's readers are told afterwards,
// as after any write (EntryRepository::announceChanges). A small one runs
// at once on the window's connection.
class FigureWriter : public QObject
{
    Q_OBJECT

public:
    // From this many figures on, a write runs on another thread.
    static constexpr qsizetype LargeWrite = 20'000;

    // Stores figures through the repository it is given; throws a
    // UserError (StorageError, ImportError) having stored nothing.
    using Work = std::function<void(EntryRepository &entries)>;
    // Called when a write is over: with an empty message, or with why
    // nothing was written.
    using Done = std::function<void(const QString &error)>;

    FigureWriter(Workspace &workspace, QWidget *window);
    // Waits for a write under way: it is one transaction, and is let finish.
    ~FigureWriter() override;

    // Writes count figures with work and calls done. A small write calls
    // done before this returns; a large one when its thread is done, on
    // this one. One large write at a time: see isWriting().
    void write(qsizetype count, Work work, Done done);
    // The same, returning when the write is done and rethrowing what work
    // threw: for an undo step that QUndoStack runs in place. A large one
    // still writes through a connection of its own, but the window does
    // not paint until it is done.
    void writeNow(qsizetype count, const Work &work);

    bool isWriting() const { return m_done != nullptr; }

private:
    void largeWriteFinished();
    // After a large write through another connection: the log copied into
    // the file in the background, and the window's readers told.
    void announce(QList<int> years);

    Workspace &m_workspace;
    QPointer<QWidget> m_window;
    QFutureWatcher<TaskResult<QList<int>>> m_largeWrite;
    Done m_done; // of the large write under way
    // While a large write runs: the watcher is told the commit is the
    // window's own, and the busy window is up.
    std::optional<DataChangeWatcher::OwnWrite> m_ownWrite;
    QPointer<QProgressDialog> m_busy;
};

} // namespace zhibiao
