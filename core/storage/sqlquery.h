#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace zhibiao {

// Thin helpers that turn Qt Sql's silent failures into StorageError, so a
// failed statement can never be mistaken for an empty result. What a
// PostgreSQL connection reports is read by postgresql/postgresqlerror.h.
QSqlQuery prepareQuery(const QSqlDatabase &connection, const QString &sql);
void execQuery(QSqlQuery &query);
// Runs a statement that takes no parameters (DDL, PRAGMA).
QSqlQuery execStatement(const QSqlDatabase &connection, const QString &sql);
// Throws the StorageError for SQLite's message of a failed statement.
// sqliteCode is SQLite's result code when known: a busy or locked file
// (another window writing for longer than the busy timeout) and a write that
// found no room (a full disk, a quota, a file size limit) get a message that
// says so, naming databasePath, rather than SQLite's "database is locked" or
// "disk I/O error". systemErrno is the errno of the system call that failed
// (sqlite3_system_errno), which tells a full disk from a failing one where
// SQLite reports only an I/O error; 0 when unknown.
[[noreturn]] void throwStorageError(const QString &nativeMessage, int sqliteCode = 0,
                                    const QString &databasePath = {}, int systemErrno = 0);

// A name for a new Qt Sql connection no other connection of this process
// has: "zhibiao-<purpose>-<n>".
QString uniqueConnectionName(QStringView purpose);

// Text as both engines store it: PostgreSQL's text cannot hold U+0000
// (and libpq would cut a bound value short there), so a NUL in a note or
// a name (a pasted or imported control character) is stored as U+FFFD,
// on a file too, so that a file and a server hold the same.
QString storedText(const QString &text);
// The same as a bound value; Qt binds a null QString as SQL NULL, and
// text columns want '' instead.
QVariant toSqlText(const QString &text);
// SQL NULL <-> std::optional<double>.
QVariant toSqlValue(const std::optional<double> &value);
std::optional<double> optionalDouble(const QVariant &value);
// SQL NULL <-> std::optional<int>.
QVariant toSqlValue(const std::optional<int> &value);
std::optional<int> optionalInt(const QVariant &value);

} // namespace zhibiao
