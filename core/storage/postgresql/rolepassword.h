#pragma once

#include <QString>

class QSqlDatabase;

namespace zhibiao {

// Sets login's password on the server of connection, encrypted by libpq
// in the server's own scheme (PQencryptPasswordConn: SCRAM-SHA-256 on
// PostgreSQL 15) before it leaves this process.
void setRolePassword(const QSqlDatabase &connection, const QString &login, const QString &password);

} // namespace zhibiao
