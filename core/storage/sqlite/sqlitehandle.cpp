#include "core/storage/sqlite/sqlitehandle.h"

#include "core/storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace zhibiao {

namespace {

// Gives the free functions of this file a translation context.
struct SqliteHandle
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::SqliteHandle)
};

struct BackupFinisher
{
    void operator()(sqlite3_backup *backup) const { sqlite3_backup_finish(backup); }
};
using BackupOperation = std::unique_ptr<sqlite3_backup, BackupFinisher>;

struct StatementFinalizer
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

QString lastError(sqlite3 *connection)
{
    return QString::fromUtf8(sqlite3_errmsg(connection));
}

[[noreturn]] void fail(StorageError::Code code, const QString &message)
{
    throw StorageError(code, message);
}

} // namespace

void SqliteCloser::operator()(sqlite3 *connection) const
{
    // v2 defers the close until unfinished statements or backups are done,
    // so the handle never leaks even if one of them escaped.
    sqlite3_close_v2(connection);
}

sqlite3 *nativeHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.isOpen() && connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        fail(StorageError::Code::CannotOpen,
             SqliteHandle::tr("The database connection is not an open SQLite connection."));
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    if (!native)
        fail(StorageError::Code::CannotOpen,
             SqliteHandle::tr("The database connection is not an open SQLite connection."));
    return native;
}

SqliteConnection openSqliteFile(const QString &path, SqliteAccess access)
{
    const int flags = access == SqliteAccess::ReadOnly ? SQLITE_OPEN_READONLY
                                                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    // Even a failed open returns a handle (for the message) that must be closed.
    SqliteConnection connection(raw);
    if (rc != SQLITE_OK)
        fail(StorageError::Code::CannotOpen,
             SqliteHandle::tr("Cannot open %1: %2")
                 .arg(QDir::toNativeSeparators(path),
                      connection ? lastError(connection.get()) : QString::fromUtf8(sqlite3_errstr(rc))));
    sqlite3_extended_result_codes(connection.get(), 1);
    return connection;
}

QString sqliteSingleValue(sqlite3 *connection, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    const int prepared = sqlite3_prepare_v2(connection, sql, -1, &raw, nullptr);
    const Statement statement(raw);
    if (prepared != SQLITE_OK)
        fail(StorageError::Code::QueryFailed,
             SqliteHandle::tr("A database operation failed: %1").arg(lastError(connection)));
    const int stepped = sqlite3_step(statement.get());
    if (stepped == SQLITE_DONE)
        return {};
    if (stepped != SQLITE_ROW)
        fail(StorageError::Code::QueryFailed,
             SqliteHandle::tr("A database operation failed: %1").arg(lastError(connection)));
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), 0));
    return text ? QString::fromUtf8(text) : QString();
}

void copySqliteDatabase(sqlite3 *source, sqlite3 *destination)
{
    const BackupOperation backup(sqlite3_backup_init(destination, "main", source, "main"));
    // Without an operation the reason is in the destination's error.
    if (!backup)
        fail(StorageError::Code::BackupFailed,
             SqliteHandle::tr("The copy could not start: %1").arg(lastError(destination)));
    // -1: all pages at once, under one read lock on the source, so the copy
    // is one consistent state and the destination changes in one transaction.
    const int stepped = sqlite3_backup_step(backup.get(), -1);
    if (stepped != SQLITE_DONE) {
        const QString reason = QString::fromUtf8(sqlite3_errstr(stepped));
        fail(StorageError::Code::BackupFailed, SqliteHandle::tr("The copy failed: %1").arg(reason));
    }
}

} // namespace zhibiao
