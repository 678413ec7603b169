#include "core/storage/postgresql/rolepassword.h"

#include "core/storage/postgresql/nativeconnection.h"
#include "core/storage/postgresql/postgresqlerror.h"
#include "core/storage/sqlquery.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <memory>

namespace zhibiao {

using namespace Qt::StringLiterals;

void setRolePassword(const QSqlDatabase &connection, const QString &login, const QString &password)
{
    pg_conn *native = nativeConnection(connection);
    const QByteArray user = login.toUtf8();
    QByteArray plain = password.toUtf8();
    const std::unique_ptr<char, decltype(&PQfreemem)> encrypted(
        PQencryptPasswordConn(native, plain.constData(), user.constData(), nullptr), &PQfreemem);
    plain.fill('\0');
    if (!encrypted)
        throwNativeFailure(native, nullptr, shownNameOf(connection.driver()));
    // ALTER ROLE takes no parameters: the statement is made by the server's
    // own quoting of the name and the (encrypted) password.
    QSqlQuery statement = prepareQuery(connection, u"SELECT format('ALTER ROLE %I PASSWORD %L', CAST(:login AS text), CAST(:password AS text))"_s);
    statement.bindValue(u":login"_s, login);
    statement.bindValue(u":password"_s, QString::fromUtf8(encrypted.get()));
    execQuery(statement);
    statement.next();
    execStatement(connection, statement.value(0).toString());
}

} // namespace zhibiao
