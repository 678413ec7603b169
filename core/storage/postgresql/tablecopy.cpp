#include "core/storage/postgresql/tablecopy.h"

#include "core/storage/sqlquery.h"

#include <QSqlQuery>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView StagingTable = u"zhibiao_staged_rows";

bool underRowSecurity(const QSqlDatabase &connection, const QString &table)
{
    QSqlQuery query = prepareQuery(connection, u"SELECT row_security_active(CAST(:table AS regclass))"_s);
    query.bindValue(u":table"_s, table);
    execQuery(query);
    return query.next() && query.value(0).toBool();
}

} // namespace

TableCopy::TableCopy(const QSqlDatabase &connection, const QString &table, const QStringList &columns)
    : m_connection(connection)
    , m_table(table)
    , m_columns(columns.join(u", "_s))
    , m_staged(underRowSecurity(connection, table))
{
    QString target = m_table;
    if (m_staged) {
        // Dropped at the end of the transaction however it ends, and by
        // finish() before then, so a second copy in it can stage again.
        execStatement(connection, u"CREATE TEMPORARY TABLE %1 ON COMMIT DROP AS SELECT %2 FROM %3 WITH NO DATA"_s.arg(
                                      StagingTable, m_columns, m_table));
        execStatement(connection, u"ALTER TABLE %1 ADD COLUMN staged_order BIGINT GENERATED ALWAYS AS IDENTITY"_s.arg(
                                      StagingTable));
        target = StagingTable.toString();
    }
    m_stream.emplace(connection, u"COPY %1 (%2) FROM STDIN"_s.arg(target, m_columns).toUtf8().constData());
}

void TableCopy::finish()
{
    m_stream->finish();
    if (!m_staged)
        return;
    // In the order copied: revision ids follow it (revisioncopy.cpp).
    execStatement(m_connection, u"INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY staged_order"_s.arg(
                                    m_table, m_columns, StagingTable));
    execStatement(m_connection, u"DROP TABLE %1"_s.arg(StagingTable));
}

} // namespace zhibiao
