#include "sqlquery.h"

#include "storageerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace zhibiao {

namespace {

// The file of a QSQLITE connection, for messages; empty if it is not one.
QString databaseFile(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return {};
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    const char *file = native ? sqlite3_db_filename(native, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

[[noreturn]] void fail(const QSqlError &error, const QSqlDriver *driver)
{
    // QSQLITE reports SQLite's result code as the native code.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    throwStorageError(error.text(), numeric ? code : 0, databaseFile(driver));
}

bool isBusy(int sqliteCode)
{
    // The primary code is the low byte of an extended one (SQLITE_BUSY_SNAPSHOT …).
    const int primary = sqliteCode & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

} // namespace

void throwStorageError(const QString &nativeMessage, int sqliteCode, const QString &databasePath)
{
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

QVariant toSqlText(const QString &text)
{
    return text.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(text);
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

} // namespace zhibiao
