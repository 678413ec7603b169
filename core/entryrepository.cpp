#include "entryrepository.h"

#include "database.h"
#include "sqlquery.h"
#include "transaction.h"

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

const QString entryColumns =
    u"indicator_code, year, month, ytd_value, last_year_value, published_growth, note, source, "
    "entered_by, entered_at"_s;

Entry readEntry(const QSqlQuery &query)
{
    return Entry{EntryKey{query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()},
                 optionalDouble(query.value(3)),
                 optionalDouble(query.value(4)),
                 optionalDouble(query.value(5)),
                 query.value(6).toString(),
                 query.value(7).toString(),
                 query.value(8).toString(),
                 QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs)};
}

QList<Entry> readAll(QSqlQuery &query)
{
    execQuery(query);
    QList<Entry> entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

void bindKey(QSqlQuery &query, const EntryKey &key)
{
    query.bindValue(u":code"_s, key.indicatorCode);
    query.bindValue(u":year"_s, key.year);
    query.bindValue(u":month"_s, key.month);
}

} // namespace

EntryRepository::EntryRepository(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

void EntryRepository::record(const Entry &entry)
{
    recordAll({entry});
}

void EntryRepository::recordAll(const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return;
    Transaction transaction(m_database);
    QSqlQuery insert = prepareQuery(m_database.connection(), u"INSERT INTO entry_revisions ("_s + entryColumns + uR"()
        VALUES (:code, :year, :month, :ytd, :last_year, :growth, :note, :source, :by, :at))"_s);
    QList<EntryKey> keys;
    for (const Entry &entry : entries) {
        bindKey(insert, entry.key);
        insert.bindValue(u":ytd"_s, toSqlValue(entry.ytdValue));
        insert.bindValue(u":last_year"_s, toSqlValue(entry.lastYearValue));
        insert.bindValue(u":growth"_s, toSqlValue(entry.publishedGrowth));
        insert.bindValue(u":note"_s, toSqlText(entry.note));
        insert.bindValue(u":source"_s, toSqlText(entry.source));
        insert.bindValue(u":by"_s, toSqlText(entry.enteredBy));
        insert.bindValue(u":at"_s, entry.enteredAt.toUTC().toString(Qt::ISODateWithMs));
        execQuery(insert);
        keys.append(entry.key);
    }
    transaction.commit();
    Q_EMIT entriesChanged(keys);
}

std::optional<Entry> EntryRepository::latest(const EntryKey &key) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT "_s + entryColumns + uR"(
        FROM entry_revisions WHERE indicator_code = :code AND year = :year AND month = :month
        ORDER BY id DESC LIMIT 1)"_s);
    bindKey(query, key);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    Entry entry = readEntry(query);
    if (entry.isCleared())
        return std::nullopt;
    return entry;
}

QList<Entry> EntryRepository::history(const EntryKey &key) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT "_s + entryColumns + uR"(
        FROM entry_revisions WHERE indicator_code = :code AND year = :year AND month = :month
        ORDER BY id)"_s);
    bindKey(query, key);
    return readAll(query);
}

QList<Entry> EntryRepository::forYear(int year) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT "_s + entryColumns + uR"(
        FROM current_entries WHERE year = :year
          AND (ytd_value IS NOT NULL OR last_year_value IS NOT NULL OR published_growth IS NOT NULL)
        ORDER BY indicator_code, month)"_s);
    query.bindValue(u":year"_s, year);
    return readAll(query);
}

std::map<EntryKey, int> EntryRepository::revisionCounts(int year) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT indicator_code, month, count(*) FROM entry_revisions WHERE year = :year
        GROUP BY indicator_code, month)"_s);
    query.bindValue(u":year"_s, year);
    execQuery(query);
    std::map<EntryKey, int> counts;
    while (query.next())
        counts[EntryKey{query.value(0).toString(), year, query.value(1).toInt()}] = query.value(2).toInt();
    return counts;
}

} // namespace zhibiao
