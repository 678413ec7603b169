#include "core/storage/datachangewatcher.h"

#include "core/storage/database.h"
#include "core/storage/databaseengine.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

namespace zhibiao {

namespace {

qint64 dataVersion(const Database &database)
{
    return database.engine().commitCounter(database.connection()).value_or(-1);
}

} // namespace

DataChangeWatcher::DataChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &DataChangeWatcher::check);
    try {
        m_version = dataVersion(m_database); // what this connection has seen so far
    } catch (const StorageError &) {
        // check() reads it again.
    }
}

void DataChangeWatcher::start(std::chrono::milliseconds interval)
{
    if (!m_listening) {
        try {
            m_listening = m_database.engine().subscribeToCommits(m_database.connection(), this,
                                                                 [this] { announced(); });
        } catch (const StorageError &) {
            m_listening = false; // polled instead: a failed poll is retried
        }
    }
    if (!m_listening)
        m_timer.start(interval);
}

void DataChangeWatcher::stop()
{
    m_timer.stop();
}

void DataChangeWatcher::resume()
{
    m_listening = false;
    const auto interval = m_timer.interval();
    m_timer.stop();
    start(std::chrono::milliseconds(interval > 0 ? interval : DefaultInterval.count()));
    m_version = -1;
    takeVersion();
    Q_EMIT changedElsewhere();
}

void DataChangeWatcher::announced()
{
    if (m_ownWrites > 0)
        m_announcedDuringOwnWrite = true;
    else
        Q_EMIT changedElsewhere();
}

DataChangeWatcher::OwnWrite::OwnWrite(DataChangeWatcher &watcher)
    : m_watcher(watcher)
    , m_wasPolling(watcher.m_timer.isActive())
{
    m_watcher.stop();
    m_changedBefore = m_watcher.takeVersion();
    ++m_watcher.m_ownWrites;
}

DataChangeWatcher::OwnWrite::~OwnWrite()
{
    // The own write counts as seen. If the version cannot be read, the next
    // look reports the write as another's, and the window reads everything
    // again.
    m_watcher.takeVersion();
    if (--m_watcher.m_ownWrites == 0 && m_watcher.m_announcedDuringOwnWrite) {
        m_watcher.m_announcedDuringOwnWrite = false;
        m_changedBefore = true;
    }
    if (m_changedBefore)
        QMetaObject::invokeMethod(&m_watcher, &DataChangeWatcher::changedElsewhere, Qt::QueuedConnection);
    if (m_wasPolling)
        m_watcher.m_timer.start();
}

bool DataChangeWatcher::check()
{
    const bool changed = takeVersion();
    if (changed)
        Q_EMIT changedElsewhere();
    return changed;
}

bool DataChangeWatcher::takeVersion()
{
    // Inside this connection's own write scope the other connections'
    // commits are not visible anyway; look after it.
    if (m_database.inTransaction())
        return false;
    qint64 version = -1;
    try {
        version = dataVersion(m_database);
    } catch (const StorageError &) {
        return false; // polling must never break the event loop
    }
    const bool changed = m_version >= 0 && version != m_version;
    m_version = version;
    return changed;
}

} // namespace zhibiao
