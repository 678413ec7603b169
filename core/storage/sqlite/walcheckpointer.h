#pragma once

#include <QString>

#include <thread>

namespace zhibiao {

// Copies the write-ahead log of a large commit into the database file on a
// thread of its own, so that whoever committed (an import of a million
// figures) does not wait for the copy: the figures are safe once the log
// is synced at the commit (synchronous = FULL), and the copy only lets the
// log start again from its beginning. It is SQLite's passive checkpoint,
// on a connection of its own: it never blocks a reader or a writer, and a
// copy cut short (a crash, a busy file) is finished by a later commit or
// the next opening. Nothing the user sees depends on it.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(QString path);
    // Waits for a checkpoint still running.
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Starts a checkpoint, after the previous one ends.
    void start();
    // Returns when no checkpoint is running.
    void wait();

private:
    QString m_path;
    std::thread m_thread;
};

} // namespace zhibiao
