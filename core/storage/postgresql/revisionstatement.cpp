#include "core/storage/postgresql/revisionstatement.h"

#include "core/storage/postgresql/nativestatement.h"
#include "core/storage/revisionbatch.h"

namespace zhibiao {

namespace {

constexpr int ValuesPerRevision = 11;

// The statement for count revisions: the batch as a VALUES list, its
// change sets inserted and joined back by stamp, and the rows inserted in
// the batch's order, which gives them their ids from the table's sequence.
QByteArray insertStatement(qsizetype count)
{
    QByteArray sql = "WITH batch (place, code, year, month, ytd_value, last_year_value, published_growth, note, "
                     "source, entered_by, entered_at) AS (VALUES ";
    sql.reserve(sql.size() + count * 64 + 900);
    int parameter = 0;
    for (qsizetype row = 0; row < count; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < ValuesPerRevision; ++column) {
            if (column > 0)
                sql += ", ";
            sql += '$';
            sql += QByteArray::number(++parameter);
        }
        sql += ')';
    }
    sql += "), "
           "stamps AS (INSERT INTO change_sets (source, entered_by, entered_at) "
           "  SELECT source, entered_by, entered_at FROM batch GROUP BY source, entered_by, entered_at "
           "  ORDER BY min(place) RETURNING id, source, entered_by, entered_at) "
           "INSERT INTO entry_revisions (indicator, year, month, ytd_value, last_year_value, published_growth, "
           "  change_set, note) "
           "SELECT (SELECT i.id FROM indicators AS i WHERE i.code = b.code), b.year, b.month, "
           "  b.ytd_value, b.last_year_value, b.published_growth, s.id, b.note "
           "FROM batch AS b "
           "JOIN stamps AS s ON s.source = b.source AND s.entered_by = b.entered_by AND s.entered_at = b.entered_at "
           "ORDER BY b.place";
    return sql;
}

template<typename Item, typename StampOf>
QList<int> insertRows(const QSqlDatabase &connection, const QList<const Item *> &items, StampOf stampOf)
{
    Q_ASSERT(items.size() <= MostRevisionsInOneStatement);
    NativeStatement insert(insertStatement(items.size()));
    qint64 place = 0;
    for (const Item *item : items) {
        insert.integer(++place);
        insert.text(item->key.indicatorCode);
        insert.integer(item->key.year);
        insert.integer(item->key.month);
        insert.figure(item->ytdValue);
        insert.figure(item->lastYearValue);
        insert.figure(item->publishedGrowth);
        insert.text(item->note);
        const EntryStamp stamp = stampOf(*item);
        insert.text(stamp.source);
        insert.text(stamp.enteredBy);
        // An invalid time is refused by the schema, as a missing time should be.
        const QByteArray time = storedTime(stamp.enteredAt);
        if (time.isEmpty())
            insert.nullText();
        else
            insert.text(QString::fromLatin1(time));
    }
    insert.exec(connection);
    return yearsOf(keysOf(items));
}

} // namespace

QList<int> insertFewPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries)
{
    return insertRows(connection, entries, [](const Entry &entry) {
        return EntryStamp{entry.source, entry.enteredBy, entry.enteredAt};
    });
}

QList<int> insertFewPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                        const EntryStamp &stamp)
{
    return insertRows(connection, figures, [&stamp](const CellFigures &) { return stamp; });
}

} // namespace zhibiao
