#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace zhibiao {

class EntryRepository;
class Workspace;

// Writes figures for a window. A large write (a whole import, or its undo)
// runs on another thread through a connection of its own to the same file,
// while a busy dialog keeps the window painting; the window's readers are
// told afterwards, as after any write (EntryRepository::announceChanges).
// A small one runs at once on the window's connection.
class FigureWriter
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FigureWriter)

public:
    // From this many figures on, a write runs on another thread.
    static constexpr qsizetype LargeWrite = 20'000;

    FigureWriter(Workspace &workspace, QWidget *window);

    // Runs work with an EntryRepository of the workspace's file, and
    // rethrows what it throws (StorageError, ImportError). count: how many
    // figures it writes.
    void write(qsizetype count, const std::function<void(EntryRepository &)> &work);

private:
    Workspace &m_workspace;
    QWidget *m_window;
};

} // namespace zhibiao
