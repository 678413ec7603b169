#include "core/storage/entryrepository.h"

#include "core/storage/approvalrepository.h"
#include "core/storage/database.h"
#include "core/storage/databaseengine.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>
#include <set>

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

// The cells of a few items, for a transaction that locks only them; none
// (the whole database) for more than a transaction locks one by one.
template<typename Item>
QList<EntryKey> cellsToLock(const QList<const Item *> &items)
{
    QList<EntryKey> cells;
    if (items.size() > Transaction::MostCellsLocked)
        return cells;
    for (const Item *item : items)
        cells.append(item->key);
    return cells;
}

// Refuses, naming them, the items the person at the keyboard may not
// write (EntryPermissions): an approved month, for everyone; for a clerk,
// another unit's indicator or a month past its closing date; anything, for
// a viewer. A server's policies and the lock's trigger would refuse them
// too, but could not say which.
template<typename Item>
void refuseForbiddenCells(Database &database, const QList<const Item *> &items)
{
    std::set<int> years;
    for (const Item *item : items)
        years.insert(item->key.year);
    const EntryPermissions permissions = ApprovalRepository(database).entryPermissions(years);
    if (!permissions.refusesAny())
        return;
    QHash<QString, Indicator> indicators;
    for (const Indicator &indicator : IndicatorRepository(database).all())
        indicators.insert(indicator.code, indicator);
    const EntryPermissions::WriteRefusal refusal = permissions.refusalOfWrite(
        items, [](const Item *item) -> const EntryKey & { return item->key; }, indicators);
    if (refusal.kind == EntryRefusal::None)
        return;
    throw StorageError(refusal.kind == EntryRefusal::Locked ? StorageError::Code::Locked
                                                            : StorageError::Code::AccessDenied,
                       refusal.message);
}

// From this many revisions on, a batch commits without waiting for its log
// to be copied into the file (Database::LargeWrite).
constexpr qsizetype LargeBatch = 50'000;

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
    write(
        cellsToLock(entries), entries.size(), [this, &entries] { refuseForbiddenCells(m_database, entries); },
        [this, &entries](const QSqlDatabase &connection) {
            return m_database.engine().insertRevisions(connection, entries);
        });
}

void EntryRepository::recordAll(const QList<const CellFigures *> &figures, const EntryStamp &stamp)
{
    write(
        cellsToLock(figures), figures.size(), [this, &figures] { refuseForbiddenCells(m_database, figures); },
        [this, &figures, &stamp](const QSqlDatabase &connection) {
            return m_database.engine().insertRevisions(connection, figures, stamp);
        });
}

void EntryRepository::write(const QList<EntryKey> &cells, qsizetype count, const std::function<void()> &refuseLocked,
                            const std::function<QList<int>(const QSqlDatabase &)> &insert)
{
    if (count == 0)
        return;
    // A large batch that commits on its own does not wait for the log to be
    // copied into the file (Database::LargeWrite), and leaves out SQLite's
    // per-row reference checks: its rows refer only to indicators it read
    // and change sets it stored in its own transaction, under the write
    // lock (an unknown indicator is refused as a missing one). Both are
    // declared before the transaction and end after it.
    const bool large = count >= LargeBatch && !m_database.inTransaction();
    const Database::ReferencesUnchecked referencesUnchecked(m_database, large);
    std::optional<Database::LargeWrite> largeWrite;
    if (large)
        largeWrite.emplace(m_database);
    Transaction transaction(m_database, cells);
    refuseLocked();
    const QList<int> years = insert(m_database.connection());
    transaction.commit();
    Q_EMIT entriesChanged(years);
}

void EntryRepository::announceChanges(const QList<int> &years)
{
    if (!years.isEmpty())
        Q_EMIT entriesChanged(years);
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
        GROUP BY indicator_code, month)"_s);
    query.bindValue(u":year"_s, year);
    execQuery(query);
    std::map<EntryKey, int> counts;
    while (query.next())
        counts[EntryKey{query.value(0).toString(), year, query.value(1).toInt()}] = query.value(2).toInt();
    return counts;
}

} // namespace zhibiao
