#include "entryrepository.h"

#include "database.h"
#include "largememory.h"
#include "sqlitestatement.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QHash>
#include <QHashFunctions>

#include <algorithm>
#include <optional>
#include <tuple>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// The columns of an Entry, in the views entry_history (every revision)
// and current_entries (the latest of each cell) alike.
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
// the note is mostly empty.
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

// From this many revisions on, a batch commits without waiting for its log
// to be copied into the file (Database::LargeWrite).
constexpr qsizetype LargeBatch = 50'000;

// The integer key of each indicator, read once per batch: revisions refer
// to indicators by it (schema version 2).
class IndicatorKeys
{
public:
    explicit IndicatorKeys(const QSqlDatabase &connection)
    {
        QSqlQuery query = execStatement(connection, u"SELECT code, id FROM indicators"_s);
        while (query.next())
            m_keys.insert(query.value(0).toString(), query.value(1).toLongLong());
    }

    // nullopt for a code that names no indicator.
    std::optional<qint64> of(const QString &code)
    {
        // Rows of one indicator come in runs: its code is hashed once a run.
        if (code.constData() != m_lastCode) {
            const auto found = m_keys.constFind(code);
            m_last = found == m_keys.cend() ? std::nullopt : std::optional<qint64>(*found);
            m_lastCode = code.constData();
        }
        return m_last;
    }

private:
    QHash<QString, qint64> m_keys;
    const QChar *m_lastCode = nullptr;
    std::optional<qint64> m_last;
};

// A revision on its way into the table, with its place in it.
struct RevisionRow
{
    std::optional<qint64> indicator;
    int year;
    int month;
    qint64 id;
    const Entry *entry;

    // The table's own order (WITHOUT ROWID): rows stored in it are appended
    // to their cells' pages instead of scattered over the whole table.
    friend bool operator<(const RevisionRow &a, const RevisionRow &b)
    {
        return std::tie(a.indicator, a.year, a.month, a.id) < std::tie(b.indicator, b.year, b.month, b.id);
    }
};

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
    if (entries.size() >= LargeBatch && !m_database.inTransaction())
        largeWrite.emplace(m_database);
    Transaction transaction(m_database);
    const QSqlDatabase connection = m_database.connection();
    {
        // Ids go on from the highest stored, in the batch's order: a cell's
        // latest revision is its highest id. The write lock, taken when the
        // transaction began, keeps another writer from taking the same ids.
        qint64 nextId = SqliteStatement(connection, "SELECT max(id) FROM entry_revisions").singleInteger() + 1;
        IndicatorKeys indicators(connection);
        QList<RevisionRow> rows;
        reserveLarge(rows, entries.size());
        for (const Entry *entry : entries)
            rows.append(RevisionRow{indicators.of(entry->key.indicatorCode), entry->key.year, entry->key.month,
                                    nextId++, entry});
        std::sort(rows.begin(), rows.end());

        // Texts bound without a copy: declared first, they outlive the statement.
        TextColumn note(8);
        ChangeSets changeSets(connection);
        std::optional<qint64> boundChangeSet;
        // SQLite's C API: through Qt Sql every row cost several times more
        // (docs/performance.md). Still one prepared statement, values bound.
        SqliteStatement insert(connection, "INSERT INTO entry_revisions (indicator, year, month, id, ytd_value, "
                                           "last_year_value, published_growth, note, change_set) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const RevisionRow &row : std::as_const(rows)) {
            const Entry &entry = *row.entry;
            if (row.indicator)
                insert.bindInt(1, *row.indicator);
            else
                insert.bindNull(1); // an unknown indicator: refused by the schema
            insert.bindInt(2, row.year);
            insert.bindInt(3, row.month);
            insert.bindInt(4, row.id);
            insert.bindDouble(5, entry.ytdValue);
            insert.bindDouble(6, entry.lastYearValue);
            insert.bindDouble(7, entry.publishedGrowth);
            note.bind(insert, entry.note);
            if (const qint64 changeSet = changeSets.idFor(entry); changeSet != boundChangeSet) {
                insert.bindInt(9, changeSet);
                boundChangeSet = changeSet;
            }
            insert.execute();
        }
    }
    transaction.commit();

    QList<EntryKey> keys;
    reserveLarge(keys, entries.size());
    for (const Entry *entry : entries)
        keys.append(entry->key);
    Q_EMIT entriesChanged(keys);
}

std::optional<Entry> EntryRepository::latest(const EntryKey &key) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT "_s + entryColumns + uR"(
        FROM entry_history WHERE indicator_code = :code AND year = :year AND month = :month
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
        FROM entry_history WHERE indicator_code = :code AND year = :year AND month = :month
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
        SELECT indicator_code, month, count(*) FROM entry_history WHERE year = :year
        GROUP BY indicator, month)"_s);
    query.bindValue(u":year"_s, year);
    execQuery(query);
    std::map<EntryKey, int> counts;
    while (query.next())
        counts[EntryKey{query.value(0).toString(), year, query.value(1).toInt()}] = query.value(2).toInt();
    return counts;
}

} // namespace zhibiao
