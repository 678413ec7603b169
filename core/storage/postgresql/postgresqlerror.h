#pragma once

#include <QString>

class QSqlDriver;
class QSqlError;
struct pg_conn;

namespace zhibiao {

// Turns what PostgreSQL reports into the StorageError a user can act on:
// a lost connection (the server restarted, the network or VPN dropped), a
// write lock held past the timeout, a refusal by the server's permissions,
// a full disk on the server. sqlState is the error's SQLSTATE (Qt's native
// code for QPSQL); connection the libpq connection it happened on, null
// when unknown; shownName how messages name the database (shownNameOf).
[[noreturn]] void throwPostgreSqlError(const QString &nativeMessage, const QString &sqlState, pg_conn *connection,
                                       const QString &shownName);

// The same for a failed QPSQL statement.
[[noreturn]] void throwPostgreSqlError(const QSqlError &error, const QSqlDriver *driver);

// Why a connection could not be opened, for the server named shownName.
[[noreturn]] void throwConnectError(const QSqlError &error, const QString &shownName);

// The libpq connection under an open QPSQL driver; null if it is not one.
pg_conn *postgreSqlHandle(const QSqlDriver *driver);

// How the user named the database of a QPSQL connection (its --db URL),
// as PostgreSqlEngine recorded it on the driver when it opened it.
QString shownNameOf(const QSqlDriver *driver);
void recordShownName(QSqlDriver *driver, const QString &shownName);

} // namespace zhibiao
