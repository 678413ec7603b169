#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace zhibiao {

class Database;

// Keeps a window's connection to a server: notices that it was lost (the
// server restarted, the cable or the VPN dropped), says so once, and
// connects again by itself when the server answers. Noticing is a local
// look at the connection's state, no round trip; whether the server is
// back is asked on a thread of the pool (a ping, without a login), so the
// window never waits for a server that does not answer. A file's
// connection is never lost: for one, start() does nothing.
class ConnectionKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultInterval{1000};

    explicit ConnectionKeeper(Database &database, QObject *parent = nullptr);

    void start(std::chrono::milliseconds interval = DefaultInterval);
    bool isConnected() const { return m_connected; }

    // Looks now (the timer does every interval): reports a loss, or, while
    // lost, asks whether the server is back.
    void check();

Q_SIGNALS:
    // message says what happened and what the user can do, in the UI language.
    void lost(const QString &message);
    // Connected again: what is shown may be stale, read it again.
    void restored();

private:
    void serverAnswered(bool answers);

    Database &m_database;
    QTimer m_timer;
    bool m_connected = true;
    bool m_asking = false;
};

} // namespace zhibiao
