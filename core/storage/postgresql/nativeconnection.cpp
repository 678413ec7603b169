#include "core/storage/postgresql/nativeconnection.h"

#include "core/storage/postgresql/postgresqlerror.h"
#include "core/storage/storageerror.h"

#include <QSqlDatabase>

#include <libpq-fe.h>

namespace zhibiao {

using namespace Qt::StringLiterals;

void NativeResultClearer::operator()(pg_result *result) const
{
    PQclear(result);
}

pg_conn *nativeConnection(const QSqlDatabase &connection)
{
    PGconn *native = postgreSqlHandle(connection.driver());
    if (!native)
        throw StorageError(StorageError::Code::QueryFailed,
                           u"A database operation failed: the connection is not an open PostgreSQL one."_s);
    return native;
}

void throwNativeFailure(pg_conn *connection, const pg_result *result, const QString &shownName)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    throwPostgreSqlError(QString::fromUtf8(message && *message ? message : PQerrorMessage(connection)),
                         QString::fromLatin1(state ? state : ""), connection, shownName);
}

} // namespace zhibiao
