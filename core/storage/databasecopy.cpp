#include "core/storage/databasecopy.h"

#include "core/storage/database.h"
#include "core/storage/databaseengine.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QList>
#include <QSqlQuery>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// One table of the schema (version 6) as the copy reads and writes it.
struct CopiedTable
{
    QString name;
    QStringList columns;
    // Unique, in the order of an index: rows are read a page at a time from
    // after the last key read, so a million revisions never sit in memory at once.
    QStringList key;
    bool assignsIds = false; // the database gives new rows their id
};

const QList<CopiedTable> &copiedTables()
{
    static const QList<CopiedTable> tables = {
        {u"district"_s, {u"id"_s, u"name_zh"_s, u"name_en"_s, u"city_zh"_s, u"city_en"_s, u"current_year"_s}, {u"id"_s}},
        {u"indicators"_s,
         {u"id"_s, u"code"_s, u"name_zh"_s, u"name_en"_s, u"unit"_s, u"frequency"_s, u"reporting"_s, u"real_growth"_s,
          u"lower_is_better"_s, u"sort_order"_s, u"retired_from"_s},
         {u"id"_s},
         true},
        {u"indicator_aliases"_s, {u"indicator"_s, u"position"_s, u"alias"_s}, {u"indicator"_s, u"position"_s}},
        {u"comparison_units"_s,
         {u"id"_s, u"code"_s, u"name_zh"_s, u"name_en"_s, u"kind"_s, u"own_district"_s, u"sort_order"_s},
         {u"id"_s},
         true},
        {u"peer_figures"_s,
         {u"unit"_s, u"indicator"_s, u"year"_s, u"month"_s, u"growth"_s, u"amount"_s, u"published_rank"_s},
         {u"indicator"_s, u"year"_s, u"month"_s, u"unit"_s}},
        {u"targets"_s,
         {u"id"_s, u"year"_s, u"ordinal"_s, u"title_zh"_s, u"title_en"_s, u"statement_zh"_s, u"statement_en"_s},
         {u"id"_s},
         true},
        {u"target_criteria"_s,
         {u"target_id"_s, u"position"_s, u"indicator_code"_s, u"kind"_s, u"figure"_s, u"reference_code"_s,
          u"warning_threshold"_s},
         {u"target_id"_s, u"position"_s}},
        {u"change_sets"_s, {u"id"_s, u"source"_s, u"entered_by"_s, u"entered_at"_s}, {u"id"_s}, true},
        {u"entry_revisions"_s,
         {u"indicator"_s, u"year"_s, u"month"_s, u"id"_s, u"ytd_value"_s, u"last_year_value"_s, u"published_growth"_s,
          u"note"_s, u"change_set"_s},
         {u"indicator"_s, u"year"_s, u"month"_s, u"id"_s},
         true},
        {u"responsible_units"_s,
         {u"id"_s, u"code"_s, u"name_zh"_s, u"name_en"_s, u"contact"_s, u"sort_order"_s},
         {u"id"_s},
         true},
        {u"indicator_responsibility"_s, {u"indicator"_s, u"year"_s, u"unit"_s}, {u"indicator"_s, u"year"_s}},
        // After the revisions: an approved month's lock would refuse them.
        {u"approval_states"_s,
         {u"indicator"_s, u"year"_s, u"month"_s, u"state"_s, u"acted_by"_s, u"acted_at"_s, u"reason"_s},
         {u"indicator"_s, u"year"_s, u"month"_s}},
        {u"approval_log"_s,
         {u"id"_s, u"indicator"_s, u"year"_s, u"month"_s, u"action"_s, u"from_state"_s, u"to_state"_s, u"acted_by"_s,
          u"acted_at"_s, u"reason"_s},
         {u"id"_s},
         true},
        {u"people"_s, {u"login"_s, u"role"_s, u"unit"_s}, {u"login"_s}},
        {u"closing_dates"_s, {u"year"_s, u"month"_s, u"closes_on"_s}, {u"year"_s, u"month"_s}},
    };
    return tables;
}

constexpr int PageRows = 50'000;

// Ends the source's snapshot however the copy ends.
class Snapshot
{
public:
    explicit Snapshot(Database &database)
        : m_database(database)
    {
        m_database.engine().beginSnapshot(m_database.connection());
    }
    ~Snapshot()
    {
        QSqlQuery end(m_database.connection());
        end.exec(u"ROLLBACK"_s); // it only read
    }
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

private:
    Database &m_database;
};

qint64 rowCount(const Database &database, const QString &table)
{
    QSqlQuery query = execStatement(database.connection(), u"SELECT count(*) FROM "_s + table);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// Copies table's rows a page at a time, in key order; returns how many.
qint64 copyTable(const CopiedTable &table, Database &source, Database &destination)
{
    const QString columns = table.columns.join(u", "_s);
    const QString keyList = table.key.join(u", "_s);
    QStringList placeholders;
    for (qsizetype i = 0; i < table.key.size(); ++i)
        placeholders.append(u"?"_s);
    const QString first = u"SELECT "_s + columns + u" FROM "_s + table.name + u" ORDER BY "_s + keyList + u" LIMIT "_s
        + QString::number(PageRows);
    // A row value comparison (both engines): the next page starts after the last key read.
    const QString next = u"SELECT "_s + columns + u" FROM "_s + table.name + u" WHERE ("_s + keyList + u") > ("_s
        + placeholders.join(u", "_s) + u") ORDER BY "_s + keyList + u" LIMIT "_s + QString::number(PageRows);
    QList<int> keyPositions;
    for (const QString &column : table.key)
        keyPositions.append(int(table.columns.indexOf(column)));

    qint64 copied = 0;
    QVariantList lastKey;
    bool more = true;
    while (more) {
        QSqlQuery page = prepareQuery(source.connection(), lastKey.isEmpty() ? first : next);
        page.setForwardOnly(true);
        for (int i = 0; i < lastKey.size(); ++i)
            page.bindValue(i, lastKey.at(i));
        execQuery(page);
        qint64 inPage = 0;
        destination.engine().appendRows(destination.connection(), table.name, table.columns,
                                        [&](QVariantList &row) {
                                            if (!page.next())
                                                return false;
                                            row.clear();
                                            for (int i = 0; i < table.columns.size(); ++i)
                                                row.append(page.value(i));
                                            lastKey.clear();
                                            for (const int position : std::as_const(keyPositions))
                                                lastKey.append(row.at(position));
                                            ++inPage;
                                            return true;
                                        });
        copied += inPage;
        more = inPage == PageRows;
    }
    if (table.assignsIds)
        destination.engine().continueIdsAfterCopy(destination.connection(), table.name);
    return copied;
}

} // namespace

QStringList DatabaseCopy::tables()
{
    QStringList names;
    for (const CopiedTable &table : copiedTables())
        names.append(table.name);
    return names;
}

DatabaseCopyCounts DatabaseCopy::copy(Database &source, Database &destination)
{
    const QString target = destination.location().displayName();
    if (source.schemaVersion() != latestSchemaVersion() || destination.schemaVersion() != latestSchemaVersion())
        throw StorageError(StorageError::Code::QueryFailed,
                           tr("%1 cannot take a copy: both databases must be in this version's data format (%2).")
                               .arg(target)
                               .arg(latestSchemaVersion()));
    Transaction transaction(destination);
    for (const CopiedTable &table : copiedTables()) {
        if (rowCount(destination, table.name) > 0)
            throw StorageError(StorageError::Code::ForeignDatabase,
                               tr("%1 already holds Zhibiao data; a copy goes only into an empty database. Nothing "
                                  "was changed.")
                                   .arg(target));
    }
    const Snapshot snapshot(source);
    DatabaseCopyCounts counts;
    for (const CopiedTable &table : copiedTables()) {
        const qint64 copied = copyTable(table, source, destination);
        if (table.name == u"entry_revisions")
            counts.revisions = copied;
        else if (table.name == u"change_sets")
            counts.changeSets = copied;
        else if (table.name == u"indicators")
            counts.indicators = copied;
        else if (table.name == u"targets")
            counts.targets = copied;
    }
    transaction.commit();
    return counts;
}

} // namespace zhibiao
