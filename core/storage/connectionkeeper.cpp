#include "core/storage/connectionkeeper.h"

#include "core/storage/database.h"
#include "core/storage/databaseengine.h"
#include "core/storage/storageerror.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace zhibiao {

ConnectionKeeper::ConnectionKeeper(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &ConnectionKeeper::check);
}

void ConnectionKeeper::start(std::chrono::milliseconds interval)
{
    if (m_database.isServer())
        m_timer.start(interval);
}

void ConnectionKeeper::check()
{
    if (m_connected) {
        if (m_database.isConnected() || m_database.inTransaction())
            return;
        m_connected = false;
        Q_EMIT lost(QCoreApplication::translate(
                        "StorageError", "The connection to the server %1 was lost. Figures typed now are kept on "
                                        "screen but not stored; Zhibiao connects again by itself when the server is "
                                        "back.")
                        .arg(m_database.location().displayName()));
        return;
    }
    if (m_asking)
        return;
    m_asking = true;
    // The ping may take up to the connect timeout: never on this thread.
    QPointer<ConnectionKeeper> self(this);
    QThreadPool::globalInstance()->start([answers = m_database.engine().answerCheck(), self] {
        const bool answered = answers();
        // Back on the application's thread, where the keeper may be gone
        // by now: the guard is only read there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self, answered] {
                if (self)
                    self->serverAnswered(answered);
            },
            Qt::QueuedConnection);
    });
}

void ConnectionKeeper::serverAnswered(bool answers)
{
    m_asking = false;
    if (!answers || m_connected)
        return;
    try {
        m_database.reconnect();
    } catch (const StorageError &) {
        return; // asked again at the next look
    }
    m_connected = true;
    Q_EMIT restored();
}

} // namespace zhibiao
