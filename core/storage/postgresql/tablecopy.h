#pragma once

#include "core/storage/postgresql/copystream.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace zhibiao {

// COPY … FROM STDIN of rows into one of the schema's tables. PostgreSQL
// refuses COPY FROM into a table whose row-level security applies to the
// session, as it does to everyone but a superuser from schema version 7
// on (policies forced on the owner too). Then the rows are copied into a
// temporary table of the same columns first and go in by one INSERT …
// SELECT, in the order they were copied, which the table's policies and
// triggers check as any insert. Within the caller's transaction.
class TableCopy
{
public:
    // table and columns: the caller's constants, never user input.
    TableCopy(const QSqlDatabase &connection, const QString &table, const QStringList &columns);

    TableCopy(const TableCopy &) = delete;
    TableCopy &operator=(const TableCopy &) = delete;

    // Where the rows go, in the order of columns.
    CopyStream &rows() { return *m_stream; }
    // Ends the COPY and, for staged rows, inserts them.
    void finish();

private:
    QSqlDatabase m_connection;
    QString m_table;
    QString m_columns;
    bool m_staged = false;
    std::optional<CopyStream> m_stream;
};

} // namespace zhibiao
