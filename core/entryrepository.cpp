#include "entryrepository.h"

#include "database.h"
#include "largememory.h"
#include "sqlitestatement.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QHashFunctions>

#include <optional>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// The columns of an Entry, in current_entries and in revisionsWithStamps
// alike (only "id" is in both tables of the join).
const QString entryColumns =
    u"indicator_code, year, month, ytd_value, last_year_value, published_growth, note, source, "
    "entered_by, entered_at"_s;
// Every revision with the stamp of the change set it was stored in.
const QString revisionsWithStamps = u"entry_revisions AS r JOIN change_sets AS c ON c.id = r.change_set"_s;

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
// the indicator's code is the same over a run of rows, the note mostly
// empty.
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

// Who stored a revision, from where and when: one change set per distinct
// stamp of a batch, so an import of a million figures stores its file
// name, login and time once.
class ChangeSets
{
public:
    explicit ChangeSets(const QSqlDatabase &connection)
        : m_insert(connection, "INSERT INTO change_sets (source, entered_by, entered_at) VALUES (?, ?, ?)")
    {
    }

    qint64 idFor(const Entry &entry)
    {
        // Compared before a Stamp is made: a million rows of one import
        // give the same answer.
        if (m_lastId && entry.source == m_last.source && entry.enteredBy == m_last.enteredBy
            && entry.enteredAt == m_last.enteredAt)
            return *m_lastId;
        Stamp stamp{entry.source, entry.enteredBy, entry.enteredAt};
        auto known = m_ids.find(stamp);
        if (known == m_ids.end())
            known = m_ids.insert(stamp, store(stamp));
        m_last = std::move(stamp);
        m_lastId = *known;
        return *known;
    }

private:
    struct Stamp
    {
        QString source;
        QString enteredBy;
        QDateTime enteredAt;
        friend bool operator==(const Stamp &, const Stamp &) = default;
        friend std::size_t qHash(const Stamp &stamp, std::size_t seed = 0) noexcept
        {
            return qHashMulti(seed, stamp.source, stamp.enteredBy, stamp.enteredAt);
        }
    };

    qint64 store(const Stamp &stamp)
    {
        m_insert.bindText(1, stamp.source.toUtf8());
        m_insert.bindText(2, stamp.enteredBy.toUtf8());
        const QByteArray time = stamp.enteredAt.isValid()
            ? stamp.enteredAt.toUTC().toString(Qt::ISODateWithMs).toUtf8() : QByteArray();
        if (time.isEmpty())
            m_insert.bindNull(3); // refused by the schema, as a missing time should be
        else
            m_insert.bindText(3, time);
        return m_insert.insert();
    }

    SqliteStatement m_insert;
    QHash<Stamp, qint64> m_ids;
    Stamp m_last;
    std::optional<qint64> m_lastId;
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
    // A large batch that commits on its own does not wait for the log to be
    // copied into the file (Database::LargeWrite). Declared before the
    // transaction, it ends after the commit.
    std::optional<Database::LargeWrite> largeWrite;
    if (entries.size() >= BulkRevisionCount && !m_database.inTransaction())
        largeWrite.emplace(m_database);
    Transaction transaction(m_database);
    const QSqlDatabase connection = m_database.connection();
    const bool rebuildIndexes =
        entries.size() >= BulkRevisionCount && storedRevisionCount(connection) <= qint64(entries.size()) * 2;
    const QStringList indexes = rebuildIndexes ? dropIndexes(connection) : QStringList();
    {
        // Texts bound without a copy: declared first, they outlive the statement.
        TextColumn code(1), note(7);
        ChangeSets changeSets(connection);
        std::optional<qint64> boundChangeSet;
        // SQLite's C API: through Qt Sql every row cost several times more
        // (docs/performance.md). Still one prepared statement, values bound.
        SqliteStatement insert(connection, "INSERT INTO entry_revisions (indicator_code, year, month, ytd_value, "
                                           "last_year_value, published_growth, note, change_set) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Entry *row : entries) {
            const Entry &entry = *row;
            code.bind(insert, entry.key.indicatorCode);
            insert.bindInt(2, entry.key.year);
            insert.bindInt(3, entry.key.month);
            insert.bindDouble(4, entry.ytdValue);
            insert.bindDouble(5, entry.lastYearValue);
            insert.bindDouble(6, entry.publishedGrowth);
            note.bind(insert, entry.note);
            if (const qint64 changeSet = changeSets.idFor(entry); changeSet != boundChangeSet) {
                insert.bindInt(8, changeSet);
                boundChangeSet = changeSet;
            }
            insert.execute();
        }
    }
    for (const QString &index : indexes)
        execStatement(connection, index);
    transaction.commit();

    QList<EntryKey> keys;
    reserveLarge(keys, entries.size());
    for (const Entry *entry : entries)
        keys.append(entry->key);
    Q_EMIT entriesChanged(keys);
}

std::optional<Entry> EntryRepository::latest(const EntryKey &key) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT "_s + entryColumns + u" FROM "_s
                                       + revisionsWithStamps + uR"(
        WHERE indicator_code = :code AND year = :year AND month = :month
        ORDER BY r.id DESC LIMIT 1)"_s);
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
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT "_s + entryColumns + u" FROM "_s
                                       + revisionsWithStamps + uR"(
        WHERE indicator_code = :code AND year = :year AND month = :month
        ORDER BY r.id)"_s);
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
