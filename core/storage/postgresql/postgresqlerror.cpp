#include "core/storage/postgresql/postgresqlerror.h"

#include "core/storage/schemaversion6.h"
#include "core/storage/storageerror.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {



// SQLSTATE classes and codes (PostgreSQL's appendix A).
bool isConnectionLoss(QStringView sqlState)
{
    return sqlState.startsWith(u"08")    // connection exception
        || sqlState == u"57P01"          // admin_shutdown: the server is stopping
        || sqlState == u"57P02"          // crash_shutdown
        || sqlState == u"57P03";         // cannot_connect_now: starting up
}

bool isBusy(QStringView sqlState)
{
    return sqlState == u"55P03"    // lock_not_available: the write lock was held past lock_timeout
        || sqlState == u"40001"    // serialization_failure
        || sqlState == u"40P01";   // deadlock_detected
}

bool isAccessDenied(QStringView sqlState)
{
    return sqlState == u"42501" || sqlState.startsWith(u"28");
}

// Every error the server reports has an SQLSTATE; one without is libpq's
// own, about the connection. libpq may still count a connection whose
// server went away as good until it reads from it: reading what is
// there (without waiting) settles it.
bool isGone(QStringView sqlState, PGconn *connection)
{
    if (!connection)
        return false;
    if (PQstatus(connection) == CONNECTION_BAD)
        return true;
    return sqlState.isEmpty() && (PQconsumeInput(connection) == 0 || PQstatus(connection) == CONNECTION_BAD);
}

} // namespace

pg_conn *postgreSqlHandle(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt registers the type by its struct's name.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

namespace {

constexpr const char *ShownNameProperty = "zhibiaoShownName";

} // namespace

QString shownNameOf(const QSqlDriver *driver)
{
    return driver ? driver->property(ShownNameProperty).toString() : QString();
}

void recordShownName(QSqlDriver *driver, const QString &shownName)
{
    if (driver)
        driver->setProperty(ShownNameProperty, shownName);
}

void throwPostgreSqlError(const QString &nativeMessage, const QString &sqlState, pg_conn *connection,
                          const QString &shownName)
{
    const QString &server = shownName;
    const bool lost = isConnectionLoss(sqlState) || isGone(sqlState, connection);
    if (lost)
        throw StorageError(StorageError::Code::ConnectionLost,
                           QCoreApplication::translate("StorageError",
                               "The connection to the server %1 was lost (%2). The change was not stored; Zhibiao "
                               "connects again when the server is back.")
                               .arg(server, nativeMessage.trimmed()));
    if (isBusy(sqlState))
        throw StorageError(StorageError::Code::Busy,
                           QCoreApplication::translate("StorageError",
                               "%1 is in use by another Zhibiao window or program. Nothing was changed; try again in a "
                               "moment.")
                               .arg(server));
    if (isAccessDenied(sqlState))
        throw StorageError(StorageError::Code::AccessDenied,
                           QCoreApplication::translate("StorageError",
                               "The server %1 refused this: %2. Nothing was changed; ask the administrator of the "
                               "server for the permission.")
                               .arg(server, nativeMessage.trimmed()));
    if (nativeMessage.contains(lockedRevisionMessage()))
        throw StorageError(StorageError::Code::Locked, lockedMonthText());
    if (sqlState == u"53100") // disk_full
        throw StorageError(StorageError::Code::DiskFull,
                           QCoreApplication::translate("StorageError",
                               "The server %1 has no room left on its disk. Nothing of this change was stored; tell "
                               "the administrator of the server.")
                               .arg(server));
    throw StorageError(StorageError::Code::QueryFailed,
                       QCoreApplication::translate("StorageError",
                           "A database operation failed: %1").arg(nativeMessage.trimmed()));
}

void throwPostgreSqlError(const QSqlError &error, const QSqlDriver *driver)
{
    // A connection that could not be opened again after a loss.
    if (driver && !driver->isOpen())
        throw StorageError(StorageError::Code::ConnectionLost,
                           QCoreApplication::translate("StorageError",
                               "The server cannot be reached. The change was not stored; Zhibiao connects again when "
                               "the server is back."));
    throwPostgreSqlError(error.databaseText().isEmpty() ? error.text() : error.databaseText(), error.nativeErrorCode(),
                         postgreSqlHandle(driver), shownNameOf(driver));
}

void throwConnectError(const QSqlError &error, const QString &shownName)
{
    const QString reason = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
    if (reason.contains(u"no password supplied") || reason.contains(u"password authentication failed"))
        throw StorageError(StorageError::Code::AccessDenied,
                           QCoreApplication::translate("StorageError",
                               "The server %1 did not accept the login: %2. Zhibiao takes the password from ~/.pgpass "
                               "or the PGPASSWORD variable (docs/server.md).")
                               .arg(shownName, reason));
    if (reason.contains(u"does not exist") || reason.contains(u"permission denied") || reason.contains(u"no pg_hba.conf"))
        throw StorageError(StorageError::Code::AccessDenied,
                           QCoreApplication::translate("StorageError",
                               "The server %1 did not let Zhibiao in: %2. Ask the administrator of the server "
                               "(docs/server.md).")
                               .arg(shownName, reason));
    throw StorageError(StorageError::Code::ConnectionLost,
                       QCoreApplication::translate("StorageError",
                           "Cannot connect to the server %1: %2").arg(shownName, reason));
}

} // namespace zhibiao
