#pragma once

#include <QString>

#include <memory>

class QSqlDatabase;
struct pg_conn;
struct pg_result;

namespace zhibiao {

// What the code that talks libpq directly (COPY, statements sent in one
// round trip) shares: the libpq connection under a QPSQL connection, a
// result that clears itself, and a failure turned into the StorageError
// a user can act on (postgresqlerror.h).

struct NativeResultClearer
{
    void operator()(pg_result *result) const;
};
using NativeResult = std::unique_ptr<pg_result, NativeResultClearer>;

// The open libpq connection of connection; throws StorageError if it is
// not an open PostgreSQL one.
pg_conn *nativeConnection(const QSqlDatabase &connection);

// Throws what result (or, without one, the connection) reports.
[[noreturn]] void throwNativeFailure(pg_conn *connection, const pg_result *result, const QString &shownName);

} // namespace zhibiao
