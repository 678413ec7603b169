#pragma once

#include "core/storage/databaselocation.h"

#include <QString>
#include <QStringList>

namespace zhibiao::bench {

// The server benchmarks each start a PostgreSQL of their own
// (test::PrivateServer: tests/postgresql/server in a temporary folder,
// on a Unix socket, stopped and removed at the end) and reach it as its
// superuser. These run psql, the server's own client, against it.

// psql's path; the benchmark fails when it is not installed.
QString psqlProgram();
// psql's arguments for database on server: no ~/.psqlrc, quiet, and a
// failing statement fails the run.
QStringList psqlArguments(const ServerAddress &server, const QString &database);
// Runs one statement (or psql backslash command) with psql, requires it to
// succeed, and returns what it printed (unaligned, without headers), trimmed.
QString runPsql(const ServerAddress &server, const QString &database, const QString &command);

// The database name on server, as Zhibiao is told it.
DatabaseLocation serverDatabase(const ServerAddress &server, const QString &name);

} // namespace zhibiao::bench
