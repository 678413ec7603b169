#include "core/storage/sqlite/walcheckpointer.h"

#include "core/storage/sqlite/sqlitehandle.h"
#include "core/storage/storageerror.h"

#include <sqlite3.h>

namespace zhibiao {

namespace {

void checkpoint(const QString &path)
{
    try {
        const SqliteConnection connection = openSqliteFile(path, SqliteAccess::ReadWrite);
        sqlite3_busy_timeout(connection.get(), 5000);
        // A new connection knows the file is in WAL mode only once it has
        // read it; before that a checkpoint does nothing.
        sqliteSingleValue(connection.get(), "PRAGMA journal_mode");
        // The result is not needed: a checkpoint that could not copy
        // everything leaves the rest to the next one.
        sqlite3_wal_checkpoint_v2(connection.get(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } catch (const StorageError &) {
        // The same: the file stays correct with a longer log.
    }
}

} // namespace

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(std::move(path))
{
}

WalCheckpointer::~WalCheckpointer()
{
    wait();
}

void WalCheckpointer::start()
{
    wait();
    m_thread = std::thread(checkpoint, m_path);
}

void WalCheckpointer::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace zhibiao
