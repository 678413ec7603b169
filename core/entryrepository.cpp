#include "entryrepository.h"

#include "database.h"
#include "sqlitestatement.h"
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

// A text column of the insert, bound again only when its text changes:
// source, login and time are the same in every row of an import, and the
// indicator's code in a run of rows.
class TextColumn
{
public:
    explicit TextColumn(int position)
        : m_position(position)
    {
    }

    void bind(SqliteStatement &statement, const QString &text)
    {
        if (m_bound && text == m_text)
            return;
        m_text = text;
        m_utf8 = text.toUtf8();
        statement.bindStaticText(m_position, m_utf8);
        m_bound = true;
    }

private:
    int m_position;
    QString m_text;
    QByteArray m_utf8;
    bool m_bound = false;
};

// From this many revisions on, a batch that grows the table by half or
// more is faster stored without the table's indexes, which are then built again
// in one sorted pass (a million rows: 4.6 s with the index kept, 2.9 s
// rebuilt). Both happen in the batch's transaction, so a failure or a
// crash leaves the indexes as they were.
constexpr qsizetype BulkRevisionCount = 50'000;

qint64 storedRevisionCount(const QSqlDatabase &connection)
{
    // Revisions are never deleted, so the highest id counts them without a scan.
    SqliteStatement count(connection, "SELECT max(id) FROM entry_revisions");
    return count.singleInteger();
}

// Drops the indexes of entry_revisions and returns the statements that
// create them again: the schema's own, so they come back exactly as the
// migrations made them.
QStringList dropIndexes(const QSqlDatabase &connection)
{
    QSqlQuery query = execStatement(connection, uR"(SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND tbl_name = 'entry_revisions' AND sql IS NOT NULL)"_s);
    QStringList names;
    QStringList statements;
    while (query.next()) {
        names.append(query.value(0).toString());
        statements.append(query.value(1).toString());
    }
    query.finish();
    for (const QString &name : std::as_const(names))
        execStatement(connection, u"DROP INDEX \""_s + QString(name).replace(u'"', u"\"\""_s) + u'"');
    return statements;
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
    QList<const Entry *> pointers;
    pointers.reserve(entries.size());
    for (const Entry &entry : entries)
        pointers.append(&entry);
    recordAll(pointers);
}

void EntryRepository::recordAll(const QList<const Entry *> &entries)
{
    if (entries.isEmpty())
        return;
    Transaction transaction(m_database);
    const QSqlDatabase connection = m_database.connection();
    const bool rebuildIndexes =
        entries.size() >= BulkRevisionCount && storedRevisionCount(connection) <= qint64(entries.size()) * 2;
    const QStringList indexes = rebuildIndexes ? dropIndexes(connection) : QStringList();
    {
        // Texts bound without a copy: declared first, they outlive the statement.
        TextColumn code(1), note(7), source(8), enteredBy(9);
        QDateTime time;
        QByteArray timeText;
        bool timeBound = false;
        // SQLite's C API: through Qt Sql every row cost several times more
        // (docs/performance.md). Still one prepared statement, values bound.
        SqliteStatement insert(connection, "INSERT INTO entry_revisions (indicator_code, year, month, ytd_value, "
                                           "last_year_value, published_growth, note, source, entered_by, entered_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Entry *row : entries) {
            const Entry &entry = *row;
            code.bind(insert, entry.key.indicatorCode);
            insert.bindInt(2, entry.key.year);
            insert.bindInt(3, entry.key.month);
            insert.bindDouble(4, entry.ytdValue);
            insert.bindDouble(5, entry.lastYearValue);
            insert.bindDouble(6, entry.publishedGrowth);
            note.bind(insert, entry.note);
            source.bind(insert, entry.source);
            enteredBy.bind(insert, entry.enteredBy);
            // An import stamps every row with one time: formatted once, not
            // a million times (3.5 s of a million-row import).
            if (!timeBound || entry.enteredAt != time) {
                time = entry.enteredAt;
                timeText = time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
                if (timeText.isEmpty())
                    insert.bindNull(10); // refused by the schema, as a missing time should be
                else
                    insert.bindStaticText(10, timeText);
                timeBound = true;
            }
            insert.execute();
        }
    }
    for (const QString &index : indexes)
        execStatement(connection, index);
    transaction.commit();

    QList<EntryKey> keys;
    keys.reserve(entries.size());
    for (const Entry *entry : entries)
        keys.append(entry->key);
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
