#pragma once

#include <QByteArrayView>

#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace zhibiao {

// A prepared statement on the SQLite C API beneath a Qt Sql connection, for
// the one write where Qt Sql's cost per statement dominates: storing a
// whole import (EntryRepository::recordAll), a million rows at a time.
// Qt's QSQLITE driver and this class use the same system libsqlite3, so
// the connection's handle is shared, and so are its transaction and its
// thread rules. Values are bound by position and stay bound after a row
// is executed (SQLite keeps bindings across a reset), so a column that is
// the same in every row is bound once. Failures throw StorageError, as the
// sqlquery helpers do.
class SqliteStatement
{
public:
    // sql is a constant: values always go through the bind functions.
    SqliteStatement(const QSqlDatabase &connection, const char *sql);
    ~SqliteStatement();

    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Positions count from 1, as in SQLite.
    void bindInt(int position, qint64 value);
    // SQL NULL for nullopt.
    void bindDouble(int position, std::optional<double> value);
    void bindNull(int position);
    // Binds without copying: utf8 must stay alive and unchanged until the
    // position is bound again or the statement is destroyed.
    void bindStaticText(int position, QByteArrayView utf8);
    // Binds a copy of utf8.
    void bindText(int position, QByteArrayView utf8);

    // Runs a statement that returns no rows, then resets it for the next.
    void execute();
    // Runs an INSERT like execute() and returns the new row's id.
    qint64 insert();
    // Runs a statement that returns one integer (NULL reads as 0).
    qint64 singleInteger();

private:
    // lifetime is SQLITE_STATIC or SQLITE_TRANSIENT.
    void bindUtf8(int position, QByteArrayView utf8, void (*lifetime)(void *));
    void check(int resultCode);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace zhibiao
