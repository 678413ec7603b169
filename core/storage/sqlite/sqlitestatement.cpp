#include "core/storage/sqlite/sqlitestatement.h"

#include "core/storage/sqlite/sqlitehandle.h"
#include "core/storage/sqlquery.h"

#include <sqlite3.h>

namespace zhibiao {

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const char *sql)
    : m_connection(nativeHandle(connection))
{
    check(sqlite3_prepare_v2(m_connection, sql, -1, &m_statement, nullptr));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int resultCode)
{
    if (resultCode != SQLITE_OK && resultCode != SQLITE_ROW && resultCode != SQLITE_DONE)
        throwStorageError(QString::fromUtf8(sqlite3_errmsg(m_connection)), resultCode,
                          QString::fromUtf8(sqlite3_db_filename(m_connection, "main")),
                          sqlite3_system_errno(m_connection));
}

void SqliteStatement::bindInt(int position, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, position, value));
}

void SqliteStatement::bindDouble(int position, std::optional<double> value)
{
    check(value ? sqlite3_bind_double(m_statement, position, *value) : sqlite3_bind_null(m_statement, position));
}

void SqliteStatement::bindNull(int position)
{
    check(sqlite3_bind_null(m_statement, position));
}

void SqliteStatement::bindStaticText(int position, QByteArrayView utf8)
{
    bindUtf8(position, utf8, SQLITE_STATIC);
}

void SqliteStatement::bindText(int position, QByteArrayView utf8)
{
    bindUtf8(position, utf8, SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int position, QByteArrayView utf8, void (*lifetime)(void *))
{
    // A null data pointer would bind NULL; the text columns want ''.
    static constexpr char empty[] = "";
    check(sqlite3_bind_text64(m_statement, position, utf8.data() ? utf8.data() : empty, sqlite3_uint64(utf8.size()),
                              lifetime, SQLITE_UTF8));
}

void SqliteStatement::execute()
{
    const int stepped = sqlite3_step(m_statement);
    // reset() repeats a failed step's error; the step's own message is the one to show.
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
        const int systemErrno = sqlite3_system_errno(m_connection); // ENOSPC: the disk is full
        sqlite3_reset(m_statement);
        throwStorageError(message, stepped, QString::fromUtf8(sqlite3_db_filename(m_connection, "main")), systemErrno);
    }
    check(sqlite3_reset(m_statement));
}

qint64 SqliteStatement::insert()
{
    execute();
    return sqlite3_last_insert_rowid(m_connection);
}

qint64 SqliteStatement::singleInteger()
{
    const int stepped = sqlite3_step(m_statement);
    check(stepped);
    const qint64 value = stepped == SQLITE_ROW ? sqlite3_column_int64(m_statement, 0) : 0;
    check(sqlite3_reset(m_statement));
    return value;
}

} // namespace zhibiao
