#include "core/storage/sqlite/revisioninsert.h"

#include "core/storage/revisionbatch.h"
#include "core/storage/sqlite/sqlitestatement.h"
#include "core/storage/sqlquery.h"

#include <QSqlDatabase>

#include <optional>

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
        m_utf8 = storedText(text).toUtf8();
        statement.bindStaticText(m_position, m_utf8);
        m_bound = true;
    }

private:
    int m_position;
    QString m_text;
    QByteArray m_utf8;
    bool m_bound = false;
};

// One change set stored through SQLite's C API, its id returned.
class ChangeSetInsert
{
public:
    explicit ChangeSetInsert(const QSqlDatabase &connection)
        : m_insert(connection, "INSERT INTO change_sets (source, entered_by, entered_at) VALUES (?, ?, ?)")
    {
    }

    qint64 operator()(const EntryStamp &stamp)
    {
        m_insert.bindText(1, storedText(stamp.source).toUtf8());
        m_insert.bindText(2, storedText(stamp.enteredBy).toUtf8());
        if (const QByteArray time = storedTime(stamp.enteredAt); time.isEmpty())
            m_insert.bindNull(3); // refused by the schema, as a missing time should be
        else
            m_insert.bindText(3, time);
        return m_insert.insert();
    }

private:
    SqliteStatement m_insert;
};

// Inserts the revisions within the caller's transaction, ids in the
// batch's order, and returns the years they touch. changeSetOf(item)
// gives the change set an item is stored under.
template<typename Item, typename ChangeSetOf>
QList<int> insertRows(const QSqlDatabase &connection, const QList<const Item *> &items, ChangeSetOf changeSetOf)
{
    // The write lock, taken when the transaction began, keeps another
    // writer from taking the same ids.
    const qint64 firstId = SqliteStatement(connection, "SELECT max(id) FROM entry_revisions").singleInteger() + 1;
    IndicatorKeys indicators(connection);
    const QList<const EntryKey *> keys = keysOf(items);
    const QList<RevisionRow> rows = storingOrder(keys, indicators);

    // Texts bound without a copy: declared first, they outlive the statement.
    TextColumn note(8);
    std::optional<qint64> boundChangeSet;
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
    }
    return yearsOf(keys);
}

} // namespace

QList<int> insertSqliteRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries)
{
    ChangeSetInsert insertChangeSet(connection);
    ChangeSetIds changeSets([&insertChangeSet](const EntryStamp &stamp) { return insertChangeSet(stamp); });
    return insertRows(connection, entries, [&changeSets](const Entry &entry) { return changeSets.idFor(entry); });
}

QList<int> insertSqliteRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                 const EntryStamp &stamp)
{
    const qint64 changeSet = ChangeSetInsert(connection)(stamp);
    return insertRows(connection, figures, [changeSet](const CellFigures &) { return changeSet; });
}

} // namespace zhibiao
