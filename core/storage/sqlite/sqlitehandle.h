#pragma once

#include <QString>

#include <memory>

class QSqlDatabase;
struct sqlite3;

namespace zhibiao {

// The SQLite C API under Qt Sql, for what Qt does not offer: the online
// backup API and opening a file outside Qt's connection list. Owns nothing
// of Qt's; a SqliteConnection it opens closes itself.
struct SqliteCloser
{
    void operator()(sqlite3 *connection) const;
};
using SqliteConnection = std::unique_ptr<sqlite3, SqliteCloser>;

// The sqlite3* behind an open QSQLITE connection. Qt links the same system
// libsqlite3 as we do, so the handle can be passed to its functions.
// Throws StorageError when the connection is not an open SQLite one.
sqlite3 *nativeHandle(const QSqlDatabase &connection);

enum class SqliteAccess { ReadOnly, ReadWrite };

// Opens path directly. ReadOnly never creates or changes the file;
// ReadWrite creates it if missing. Throws StorageError naming the file.
SqliteConnection openSqliteFile(const QString &path, SqliteAccess access);

// Runs a statement that returns at most one value (a PRAGMA, a count) and
// returns it as text, or an empty string for no row. Throws StorageError.
QString sqliteSingleValue(sqlite3 *connection, const char *sql);

// Copies every page of source's main database into destination's main
// database with the online backup API, in one step: destination ends up an
// exact copy, or unchanged when this throws (StorageError).
void copySqliteDatabase(sqlite3 *source, sqlite3 *destination);

} // namespace zhibiao
