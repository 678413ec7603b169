#include "core/storage/sqlquery.h"

#include "core/storage/postgresql/postgresqlerror.h"
#include "core/storage/schemaversion6.h"
#include "core/storage/storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>

namespace zhibiao {

namespace {

// The SQLite connection under a QSQLITE driver; null if it is not one.
sqlite3 *sqliteHandle(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// The file of a connection, for messages; empty without one.
QString databaseFile(sqlite3 *native)
{
    const char *file = native ? sqlite3_db_filename(native, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

[[noreturn]] void fail(const QSqlError &error, const QSqlDriver *driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        throwPostgreSqlError(error, driver);
    // QSQLITE reports SQLite's result code as the native code.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    sqlite3 *native = sqliteHandle(driver);
    throwStorageError(error.text(), numeric ? code : 0, databaseFile(native),
                      native ? sqlite3_system_errno(native) : 0);
}

// The primary code is the low byte of an extended one (SQLITE_BUSY_SNAPSHOT,
// SQLITE_IOERR_WRITE …).
bool isBusy(int sqliteCode)
{
    const int primary = sqliteCode & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

// SQLite says SQLITE_FULL when a write stopped short for want of space
// (ENOSPC); any other failed write, a quota (EDQUOT) and a file size limit
// (EFBIG) among them, is an I/O error, told apart only by the system's errno.
bool isDiskFull(int sqliteCode, int systemErrno)
{
    const int primary = sqliteCode & 0xff;
    return primary == SQLITE_FULL
        || (primary == SQLITE_IOERR && (systemErrno == ENOSPC || systemErrno == EDQUOT || systemErrno == EFBIG));
}

} // namespace

void throwStorageError(const QString &nativeMessage, int sqliteCode, const QString &databasePath, int systemErrno)
{
    if (isDiskFull(sqliteCode, systemErrno)) {
        // Every write is one transaction, and a transaction whose log could
        // not be written does not commit: SQLite has rolled it back.
        throw StorageError(StorageError::Code::DiskFull,
                           databasePath.isEmpty()
                               ? QCoreApplication::translate("StorageError",
                                                             "The disk is full: the database could not grow to hold "
                                                             "this change. Nothing of this change was stored; free "
                                                             "some space on the disk and try again.")
                               : QCoreApplication::translate("StorageError",
                                                             "The disk is full: %1 could not grow to hold this "
                                                             "change. Nothing of this change was stored; free some "
                                                             "space on the disk and try again.")
                                     .arg(QDir::toNativeSeparators(databasePath)));
    }
    if (isBusy(sqliteCode)) {
        // Writes wait up to the busy timeout (Database::openConnection) and
        // are all-or-nothing, so nothing was changed: the user can simply retry.
        throw StorageError(StorageError::Code::Busy,
                           databasePath.isEmpty()
                               ? QCoreApplication::translate("StorageError",
                                                             "The database is in use by another Zhibiao window or "
                                                             "program. Nothing was changed; try again in a moment.")
                               : QCoreApplication::translate("StorageError",
                                                             "%1 is in use by another Zhibiao window or program. "
                                                             "Nothing was changed; try again in a moment.")
                                     .arg(QDir::toNativeSeparators(databasePath)));
    }
    if (nativeMessage.contains(lockedRevisionMessage()))
        throw StorageError(StorageError::Code::Locked, lockedMonthText());
    // SQLite reports damaged and foreign files with these native messages.
    const bool corrupt = nativeMessage.contains(u"malformed") || nativeMessage.contains(u"not a database");
    throw StorageError(corrupt ? StorageError::Code::Corrupt : StorageError::Code::QueryFailed,
                       QCoreApplication::translate("StorageError", "A database operation failed: %1").arg(nativeMessage));
}

QSqlQuery prepareQuery(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.prepare(sql))
        fail(query.lastError(), connection.driver());
    return query;
}

void execQuery(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError(), query.driver());
}

QSqlQuery execStatement(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql))
        fail(query.lastError(), connection.driver());
    return query;
}

QString storedText(const QString &text)
{
    if (!text.contains(QChar(u'\0')))
        return text;
    QString stored = text;
    stored.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return stored;
}

QVariant toSqlText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(storedText(text));
}

QVariant toSqlValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

std::optional<double> optionalDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QVariant toSqlValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString uniqueConnectionName(QStringView purpose)
{
    using namespace Qt::StringLiterals;
    static std::atomic<int> counter = 0;
    return u"zhibiao-"_s + purpose + u'-' + QString::number(++counter);
}

} // namespace zhibiao
