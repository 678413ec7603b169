#pragma once

#include "core/domain/entry.h"

#include <QHash>
#include <QList>
#include <QString>

#include <compare>
#include <functional>
#include <optional>
#include <unordered_map>

class QSqlDatabase;

namespace zhibiao {

// What both engines' bulk inserts of revisions share (SQLite's
// revisioninsert, PostgreSQL's revisioncopy): who stored a batch, each
// code's indicator key, and the order rows are stored in. The rules they
// implement: ids go on from the highest stored (on a server, from the
// table's sequence), in the batch's order, so a cell's latest revision is
// its highest id; rows go in sorted by cell; one
// change set per distinct stamp; a code that names no indicator fails the
// whole batch (the schema's NOT NULL).

// One change set per distinct stamp of a batch, so an import of a million
// figures stores its file name, login and time once. store(stamp) writes
// one and returns its id.
class ChangeSetIds
{
public:
    explicit ChangeSetIds(std::function<qint64(const EntryStamp &)> store);

    qint64 idFor(const Entry &entry);
    qint64 idFor(const EntryStamp &stamp);

private:
    struct StampHash
    {
        std::size_t operator()(const EntryStamp &stamp) const noexcept;
    };

    std::function<qint64(const EntryStamp &)> m_store;
    std::unordered_map<EntryStamp, qint64, StampHash> m_ids;
    EntryStamp m_last;
    std::optional<qint64> m_lastId;
};

// The stamp's time as stored: UTC, ISO 8601 with milliseconds; empty for
// an invalid time (refused by the schema, as a missing time should be).
QByteArray storedTime(const QDateTime &time);

// The integer key of each indicator, read once per batch: revisions refer
// to indicators by it (schema version 2).
class IndicatorKeys
{
public:
    explicit IndicatorKeys(const QSqlDatabase &connection);

    // nullopt for a code that names no indicator.
    std::optional<qint64> of(const QString &code);

private:
    QHash<QString, qint64> m_keys;
    const QChar *m_lastCode = nullptr;
    std::optional<qint64> m_last;
};

// A batch's revision in the order of storing: its place in the batch, and
// its cell (indicator key, year, month) packed into one number. Sorted by
// it, rows are stored in the table's own order, appended to their cells'
// pages instead of scattered over the whole table. Only speed depends on
// the packing: a cell beyond its range still gets its own id, only in a
// less favourable place.
struct RevisionRow
{
    quint64 cell;
    qsizetype index;

    // By cell, then by place in the batch.
    friend auto operator<=>(const RevisionRow &, const RevisionRow &) = default;
};

// The batch's rows sorted by cell, then by place in the batch.
QList<RevisionRow> storingOrder(const QList<const EntryKey *> &keys, IndicatorKeys &indicators);

// The years of keys, ascending, each once.
QList<int> yearsOf(const QList<const EntryKey *> &keys);

// The keys of entries or figures, without copying them.
template<typename Item>
QList<const EntryKey *> keysOf(const QList<const Item *> &items)
{
    QList<const EntryKey *> keys;
    keys.reserve(items.size());
    for (const Item *item : items)
        keys.append(&item->key);
    return keys;
}

} // namespace zhibiao
