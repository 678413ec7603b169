#include "sqlitestatement.h"

#include "sqlquery.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace zhibiao {

namespace {

// QSQLITE hands out its sqlite3* as a QVariant of this type name.
sqlite3 *nativeConnection(const QSqlDatabase &connection)
{
    const QVariant handle = connection.isOpen() && connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const char *sql)
    : m_connection(nativeConnection(connection))
{
    if (!m_connection)
        throwStorageError(tr("The database connection is not an open SQLite connection."));
    check(sqlite3_prepare_v2(m_connection, sql, -1, &m_statement, nullptr));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::check(int resultCode)
{
    if (resultCode != SQLITE_OK && resultCode != SQLITE_ROW && resultCode != SQLITE_DONE)
        throwStorageError(QString::fromUtf8(sqlite3_errmsg(m_connection)));
}

void SqliteStatement::bindInt(int position, int value)
{
    check(sqlite3_bind_int(m_statement, position, value));
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
    // A null data pointer would bind NULL; the text columns want ''.
    static constexpr char empty[] = "";
    check(sqlite3_bind_text64(m_statement, position, utf8.data() ? utf8.data() : empty, sqlite3_uint64(utf8.size()),
                              SQLITE_STATIC, SQLITE_UTF8));
}

void SqliteStatement::execute()
{
    const int stepped = sqlite3_step(m_statement);
    // reset() repeats a failed step's error; the step's own message is the one to show.
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_connection));
        sqlite3_reset(m_statement);
        throwStorageError(message);
    }
    check(sqlite3_reset(m_statement));
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
