#include "core/storage/revisioninsert.h"

#include "core/memory/largememory.h"
#include "core/storage/sqlitestatement.h"
#include "core/storage/sqlquery.h"

#include <QHash>
#include <QHashFunctions>
#include <QSqlDatabase>

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

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
        // Compared before a stamp is made: a million rows of one stamp
        // give the same answer.
        if (m_lastId && entry.source == m_last.source && entry.enteredBy == m_last.enteredBy
            && entry.enteredAt == m_last.enteredAt)
            return *m_lastId;
        return idFor(EntryStamp{entry.source, entry.enteredBy, entry.enteredAt});
    }

    qint64 idFor(const EntryStamp &stamp)
    {
        if (m_lastId && stamp == m_last)
            return *m_lastId;
        auto known = m_ids.find(stamp);
        if (known == m_ids.end())
            known = m_ids.emplace(stamp, store(stamp)).first;
        m_last = stamp;
        m_lastId = known->second;
        return known->second;
    }

private:
    struct StampHash
    {
        std::size_t operator()(const EntryStamp &stamp) const noexcept
        {
            return qHashMulti(0, stamp.source, stamp.enteredBy, stamp.enteredAt);
        }
    };

    qint64 store(const EntryStamp &stamp)
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
    std::unordered_map<EntryStamp, qint64, StampHash> m_ids;
    EntryStamp m_last;
    std::optional<qint64> m_lastId;
};

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

// Where a batch's revision goes in the table: its place in the batch, and
// its cell (indicator key, year, month) packed into one number. Sorted by
// it, rows are stored in the table's own order (WITHOUT ROWID), appended
// to their cells' pages instead of scattered over the whole table. Only
// speed depends on the packing: a cell beyond its range still gets its
// own id, only in a less favourable place.
struct RevisionRow
{
    quint64 cell;
    qsizetype index;

    static quint64 pack(std::optional<qint64> indicator, int year, int month)
    {
        return (quint64(indicator.value_or(0)) << 40) | (quint64(quint32(year) & 0xFFFFFFFF) << 8) | quint8(month);
    }

    friend bool operator<(const RevisionRow &a, const RevisionRow &b)
    {
        return std::tie(a.cell, a.index) < std::tie(b.cell, b.index);
    }
};

// Inserts the revisions within the caller's transaction, ids in the
// batch's order, and returns the years they touch. changeSetOf(item)
// gives the change set an item is stored under.
template<typename Item, typename ChangeSetOf>
QList<int> insertRows(const QSqlDatabase &connection, const QList<const Item *> &items, ChangeSetOf changeSetOf)
{
    // Ids go on from the highest stored, in the batch's order: a cell's
    // latest revision is its highest id. The write lock, taken when the
    // transaction began, keeps another writer from taking the same ids.
    const qint64 firstId = SqliteStatement(connection, "SELECT max(id) FROM entry_revisions").singleInteger() + 1;
    IndicatorKeys indicators(connection);
    QList<RevisionRow> rows;
    reserveLarge(rows, items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const EntryKey &key = items.at(i)->key;
        rows.append(RevisionRow{RevisionRow::pack(indicators.of(key.indicatorCode), key.year, key.month), i});
    }
    if (!std::is_sorted(rows.cbegin(), rows.cend()))
        std::sort(rows.begin(), rows.end());

    // Texts bound without a copy: declared first, they outlive the statement.
    TextColumn note(8);
    std::optional<qint64> boundChangeSet;
    QList<int> years;
    // SQLite's C API: through Qt Sql every row cost several times more
    // (docs/performance.md). Still one prepared statement, values bound.
    SqliteStatement insert(connection, "INSERT INTO entry_revisions (indicator, year, month, id, ytd_value, "
                                       "last_year_value, published_growth, note, change_set) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const RevisionRow &row : std::as_const(rows)) {
        const Item &item = *items.at(row.index);
        if (const std::optional<qint64> indicator = indicators.of(item.key.indicatorCode))
            insert.bindInt(1, *indicator);
        else
            insert.bindNull(1); // an unknown indicator: refused by the schema
        insert.bindInt(2, item.key.year);
        insert.bindInt(3, item.key.month);
        insert.bindInt(4, firstId + row.index);
        insert.bindDouble(5, item.ytdValue);
        insert.bindDouble(6, item.lastYearValue);
        insert.bindDouble(7, item.publishedGrowth);
        note.bind(insert, item.note);
        if (const qint64 changeSet = changeSetOf(item); changeSet != boundChangeSet) {
            insert.bindInt(9, changeSet);
            boundChangeSet = changeSet;
        }
        insert.execute();
        if (years.isEmpty() || years.constLast() != item.key.year)
            years.append(item.key.year);
    }
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

} // namespace

QList<int> insertRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries)
{
    ChangeSets changeSets(connection);
    return insertRows(connection, entries, [&changeSets](const Entry &entry) { return changeSets.idFor(entry); });
}

QList<int> insertRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                           const EntryStamp &stamp)
{
    const qint64 changeSet = ChangeSets(connection).idFor(stamp);
    return insertRows(connection, figures, [changeSet](const CellFigures &) { return changeSet; });
}

} // namespace zhibiao
