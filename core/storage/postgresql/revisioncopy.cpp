#include "core/storage/postgresql/revisioncopy.h"

#include "core/storage/postgresql/tablecopy.h"
#include "core/storage/revisionbatch.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <optional>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// One change set, its id returned.
qint64 storeChangeSet(QSqlQuery &insert, const EntryStamp &stamp)
{
    insert.bindValue(0, toSqlText(stamp.source));
    insert.bindValue(1, toSqlText(stamp.enteredBy));
    const QByteArray time = storedTime(stamp.enteredAt);
    // An invalid time is refused by the schema, as a missing time should be.
    insert.bindValue(2, time.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(time)));
    execQuery(insert);
    insert.next();
    return insert.value(0).toLongLong();
}

template<typename Item, typename ChangeSetOf>
QList<int> copyRows(const QSqlDatabase &connection, const QList<const Item *> &items, ChangeSetOf changeSetOf)
{
    IndicatorKeys indicators(connection);
    const QList<const EntryKey *> keys = keysOf(items);
    const QList<RevisionRow> rows = storingOrder(keys, indicators);
    // Change sets first: COPY takes the connection until it ends.
    QList<qint64> changeSets;
    changeSets.reserve(rows.size());
    for (const RevisionRow &row : rows)
        changeSets.append(changeSetOf(*items.at(row.index)));

    // Rows in the order of their cells and, within a cell, of the batch:
    // their ids, from the table's sequence in that order, keep a cell's
    // latest revision its highest id.
    TableCopy table(connection, u"entry_revisions"_s,
                    {u"indicator"_s, u"year"_s, u"month"_s, u"ytd_value"_s, u"last_year_value"_s,
                     u"published_growth"_s, u"change_set"_s, u"note"_s});
    CopyStream &copy = table.rows();
    QString lastNote;
    QByteArray lastNoteUtf8;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RevisionRow &row = rows.at(i);
        const Item &item = *items.at(row.index);
        if (const std::optional<qint64> indicator = indicators.of(item.key.indicatorCode))
            copy.integer(*indicator);
        else
            copy.null(); // an unknown indicator: refused by the schema
        copy.integer(item.key.year);
        copy.integer(item.key.month);
        copy.figure(item.ytdValue);
        copy.figure(item.lastYearValue);
        copy.figure(item.publishedGrowth);
        copy.integer(changeSets.at(i));
        // The note is mostly empty, and mostly the same as the last.
        if (item.note != lastNote || i == 0) {
            lastNote = item.note;
            lastNoteUtf8 = storedText(lastNote).toUtf8();
        }
        copy.text(lastNoteUtf8);
        copy.endRow();
    }
    table.finish();
    return yearsOf(keys);
}

QSqlQuery changeSetInsert(const QSqlDatabase &connection)
{
    return prepareQuery(connection,
                        u"INSERT INTO change_sets (source, entered_by, entered_at) VALUES (?, ?, ?) RETURNING id"_s);
}

} // namespace

QList<int> copyPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries)
{
    QSqlQuery insert = changeSetInsert(connection);
    ChangeSetIds changeSets([&insert](const EntryStamp &stamp) { return storeChangeSet(insert, stamp); });
    return copyRows(connection, entries, [&changeSets](const Entry &entry) { return changeSets.idFor(entry); });
}

QList<int> copyPostgreSqlRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                   const EntryStamp &stamp)
{
    QSqlQuery insert = changeSetInsert(connection);
    const qint64 changeSet = storeChangeSet(insert, stamp);
    return copyRows(connection, figures, [changeSet](const CellFigures &) { return changeSet; });
}

} // namespace zhibiao
