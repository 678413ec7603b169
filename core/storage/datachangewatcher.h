#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace zhibiao {

class Database;

// Notices that another connection — a second window, another user's,
// `zhibiao import`, another program — committed to the database, so that
// a window can read again what it shows instead of showing stale figures
// until a restart. How depends on the engine (DatabaseEngine): on a file
// it polls `PRAGMA data_version`, which SQLite changes for every commit
// made by another connection and never for this connection's own (those
// are announced by the gateways' signals, as they happen), one pragma per
// poll; on a server it listens for the schema's NOTIFY, which arrives
// within milliseconds of the commit and costs nothing while nobody writes.
// It does not say what changed; the screens read everything again.
class DataChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{1500};

    explicit DataChangeWatcher(Database &database, QObject *parent = nullptr);

    // Polls every interval, or listens, while the event loop runs.
    void start(std::chrono::milliseconds interval = DefaultInterval);
    void stop();
    bool isActive() const { return m_timer.isActive() || m_listening; }

    // Looks now: emits changedElsewhere() and returns true when another
    // connection committed since the last look. Never throws: a failed
    // look is retried at the next one.
    bool check();
    // After the connection was opened again (ConnectionKeeper): listens on
    // the new one and reports a change, since whatever was committed while
    // it was away was not announced.
    void resume();

    // While one lives, this process writes to the database through a
    // connection of its own (a large import on another thread) and
    // announces what it wrote itself: the watcher stops polling, and when
    // it ends the file as it is then counts as seen. What others committed
    // before it began is still reported, queued (never from inside the
    // caller's own step: the window clears its undo history then, and an
    // undo step may be what is writing). On a file, a commit by another
    // program during the write counts as seen too: it shows at the next
    // reload rather than at once. On a server, the second connection's
    // commits are known as this process's own, and another user's commit
    // during the write is reported, queued, when it ends.
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
    // A server announced another connection's commit.
    void announced();

    Database &m_database;
    QTimer m_timer;
    qint64 m_version = -1;
    bool m_listening = false;
    int m_ownWrites = 0;
    bool m_announcedDuringOwnWrite = false;
};

} // namespace zhibiao
