#include "core/storage/postgresql/copystream.h"

#include "core/storage/postgresql/nativeconnection.h"
#include "core/storage/postgresql/postgresqlerror.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <charconv>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype ChunkSize = 1 << 20;

} // namespace

CopyStream::CopyStream(const QSqlDatabase &connection, const char *sql)
    : m_connection(nativeConnection(connection))
    , m_shownName(shownNameOf(connection.driver()))
{
    m_buffer.reserve(ChunkSize + 4096);
    const NativeResult started{PQexec(m_connection, sql)};
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        throwNativeFailure(m_connection, started.get(), m_shownName);
}

CopyStream::~CopyStream()
{
    if (!m_finished)
        abandon();
}

void CopyStream::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

void CopyStream::integer(qint64 value)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end - digits);
}

void CopyStream::figure(std::optional<double> value)
{
    if (!value) {
        null();
        return;
    }
    separate();
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, *value).ptr;
    m_buffer.append(digits, end - digits);
}

void CopyStream::null()
{
    separate();
    m_buffer.append("\\N", 2);
}

void CopyStream::text(const QByteArray &utf8)
{
    separate();
    for (const char c : utf8) {
        switch (c) {
        case '\\': m_buffer.append("\\\\", 2); break;
        case '\t': m_buffer.append("\\t", 2); break;
        case '\n': m_buffer.append("\\n", 2); break;
        case '\r': m_buffer.append("\\r", 2); break;
        default: m_buffer.append(c);
        }
    }
}

void CopyStream::value(const QVariant &value)
{
    if (value.isNull()) {
        null();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        integer(value.toLongLong());
        break;
    case QMetaType::Double:
        figure(value.toDouble());
        break;
    default:
        text(storedText(value.toString()).toUtf8());
    }
}

void CopyStream::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    if (m_buffer.size() >= ChunkSize)
        flush();
}

void CopyStream::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        throwNativeFailure(m_connection, nullptr, m_shownName);
    m_buffer.clear();
}

void CopyStream::finish()
{
    flush();
    m_finished = true;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        throwNativeFailure(m_connection, nullptr, m_shownName);
    std::optional<NativeResult> failed;
    while (NativeResult result{PQgetResult(m_connection)}) {
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && !failed)
            failed = std::move(result);
    }
    if (failed)
        throwNativeFailure(m_connection, failed->get(), m_shownName);
}

void CopyStream::abandon() noexcept
{
    m_finished = true;
    if (PQputCopyEnd(m_connection, "abandoned by Zhibiao") == 1) {
        while (NativeResult result{PQgetResult(m_connection)}) {
        }
    }
}

} // namespace zhibiao
