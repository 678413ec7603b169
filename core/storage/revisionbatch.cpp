#include "core/storage/revisionbatch.h"

#include "core/memory/largememory.h"
#include "core/storage/sqlquery.h"

#include <QHashFunctions>
#include <QSqlDatabase>

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

ChangeSetIds::ChangeSetIds(std::function<qint64(const EntryStamp &)> store)
    : m_store(std::move(store))
{
}

std::size_t ChangeSetIds::StampHash::operator()(const EntryStamp &stamp) const noexcept
{
    return qHashMulti(0, stamp.source, stamp.enteredBy, stamp.enteredAt);
}

qint64 ChangeSetIds::idFor(const Entry &entry)
{
    // Compared before a stamp is made: a million rows of one stamp give
    // the same answer.
    if (m_lastId && entry.source == m_last.source && entry.enteredBy == m_last.enteredBy
        && entry.enteredAt == m_last.enteredAt)
        return *m_lastId;
    return idFor(EntryStamp{entry.source, entry.enteredBy, entry.enteredAt});
}

qint64 ChangeSetIds::idFor(const EntryStamp &stamp)
{
    if (m_lastId && stamp == m_last)
        return *m_lastId;
    auto known = m_ids.find(stamp);
    if (known == m_ids.end())
        known = m_ids.emplace(stamp, m_store(stamp)).first;
    m_last = stamp;
    m_lastId = known->second;
    return known->second;
}

QByteArray storedTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
}

IndicatorKeys::IndicatorKeys(const QSqlDatabase &connection)
{
    QSqlQuery query = execStatement(connection, u"SELECT code, id FROM indicators"_s);
    while (query.next())
        m_keys.insert(query.value(0).toString(), query.value(1).toLongLong());
}

std::optional<qint64> IndicatorKeys::of(const QString &code)
{
    // Rows of one indicator come in runs: its code is hashed once a run.
    if (code.constData() != m_lastCode) {
        const auto found = m_keys.constFind(code);
        m_last = found == m_keys.cend() ? std::nullopt : std::optional<qint64>(*found);
        m_lastCode = code.constData();
    }
    return m_last;
}

namespace {

quint64 packCell(std::optional<qint64> indicator, int year, int month)
{
    return (quint64(indicator.value_or(0)) << 40) | (quint64(quint32(year) & 0xFFFFFFFF) << 8) | quint8(month);
}

} // namespace

QList<RevisionRow> storingOrder(const QList<const EntryKey *> &keys, IndicatorKeys &indicators)
{
    QList<RevisionRow> rows;
    reserveLarge(rows, keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const EntryKey &key = *keys.at(i);
        rows.append(RevisionRow{packCell(indicators.of(key.indicatorCode), key.year, key.month), i});
    }
    if (!std::is_sorted(rows.cbegin(), rows.cend()))
        std::sort(rows.begin(), rows.end());
    return rows;
}

QList<int> yearsOf(const QList<const EntryKey *> &keys)
{
    QList<int> years;
    for (const EntryKey *key : keys) {
        if (years.isEmpty() || years.constLast() != key->year)
            years.append(key->year);
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace zhibiao
