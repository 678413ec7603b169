#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace zhibiao {

class Database;

// Notices that another connection — a second window, `zhibiao import`,
// another program — committed to the database file, so that a window can
// read again what it shows instead of showing stale figures until a
// restart. It polls `PRAGMA data_version`, which SQLite changes for every
// commit made by another connection and never for this connection's own
// (those are announced by the gateways' signals, as they happen). A poll is
// one pragma on the open connection: no file is read when nothing changed.
// It does not say what changed; the screens read everything again.
class DataChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{1500};

    explicit DataChangeWatcher(Database &database, QObject *parent = nullptr);

    // Polls every interval while the event loop runs.
    void start(std::chrono::milliseconds interval = DefaultInterval);
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // Looks now: emits changedElsewhere() and returns true when another
    // connection committed since the last look. Never throws: a failed
    // look is retried at the next one.
    bool check();

    // While one lives, this process writes to the file through a connection
    // of its own (a large import on another thread) and announces what it
    // wrote itself: the watcher stops polling, and when it ends the file as
    // it is then counts as seen. What others committed before it began is
    // still reported, queued (never from inside the caller's own step: the
    // window clears its undo history then, and an undo step may be what is
    // writing). A commit by another program during the write counts as seen
    // too: it shows at the next reload rather than at once.
    class OwnWrite
    {
    public:
        explicit OwnWrite(DataChangeWatcher &watcher);
        ~OwnWrite();
        OwnWrite(const OwnWrite &) = delete;
        OwnWrite &operator=(const OwnWrite &) = delete;

    private:
        DataChangeWatcher &m_watcher;
        bool m_wasPolling;
        bool m_changedBefore = false;
    };

Q_SIGNALS:
    void changedElsewhere();

private:
    // Reads the connection's data_version and keeps it as seen: true when
    // another connection committed since the last read. False, and nothing
    // kept, when it cannot be read or inside this connection's transaction.
    bool takeVersion();

    Database &m_database;
    QTimer m_timer;
    qint64 m_version = -1;
};

} // namespace zhibiao
