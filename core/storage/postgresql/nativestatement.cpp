#include "core/storage/postgresql/nativestatement.h"

#include "core/storage/postgresql/postgresqlerror.h"
#include "core/storage/sqlquery.h"

#include <QSqlDatabase>

#include <libpq-fe.h>

#include <charconv>

namespace zhibiao {

namespace {

// The built-in types' OIDs (the server's catalog/pg_type_d.h, which only
// the server's development package ships); they never change.
constexpr Oid Int8Type = 20;
constexpr Oid TextType = 25;
constexpr Oid Float8Type = 701;

} // namespace

NativeStatement::NativeStatement(QByteArray sql)
    : m_sql(std::move(sql))
{
}

void NativeStatement::add(QByteArray value, unsigned int type, bool isNull)
{
    m_values.push_back(std::move(value));
    m_nulls.push_back(isNull);
    m_types.push_back(type);
}

void NativeStatement::integer(qint64 value)
{
    add(QByteArray::number(value), Int8Type);
}

void NativeStatement::figure(std::optional<double> value)
{
    if (!value) {
        add({}, Float8Type, true);
        return;
    }
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, *value).ptr;
    add(QByteArray(digits, end - digits), Float8Type);
}

void NativeStatement::text(const QString &value)
{
    add(storedText(value).toUtf8(), TextType);
}

void NativeStatement::nullText()
{
    add({}, TextType, true);
}

NativeResult NativeStatement::exec(const QSqlDatabase &connection) const
{
    PGconn *native = nativeConnection(connection);
    std::vector<const char *> values;
    values.reserve(m_values.size());
    for (std::size_t i = 0; i < m_values.size(); ++i)
        values.push_back(m_nulls[i] ? nullptr : m_values[i].constData());
    NativeResult result{PQexecParams(native, m_sql.constData(), int(values.size()), m_types.data(), values.data(),
                                     nullptr, nullptr, 0)};
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throwNativeFailure(native, result.get(), shownNameOf(connection.driver()));
    return result;
}

} // namespace zhibiao
