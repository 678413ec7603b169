#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

class Database;

// How much a whole-database copy carried.
struct DatabaseCopyCounts
{
    qint64 revisions = 0;
    qint64 changeSets = 0;
    qint64 indicators = 0;
    qint64 targets = 0;
};

// Copies every row of a Zhibiao database into another of either engine:
// the district, the indicators, the targets, and every revision with its
// id and its change set (who, from where, when). It is how a desk's file
// goes up to the office's server (`zhibiao server upload`) and how a
// server's figures come down as an ordinary file (`zhibiao backup --db
// URL -o FILE`): one backup format for both engines.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DatabaseCopy)

public:
    // Reads source in one snapshot (what others commit meanwhile is not
    // part of it) and writes destination in one transaction: all rows or
    // none. Both must be at this version's schema, and destination must
    // hold no row at all. Throws StorageError naming the destination.
    static DatabaseCopyCounts copy(Database &source, Database &destination);

    // The tables copied, in the order their references allow: every table
    // of the schema (a test checks that a migration that adds one adds it here).
    static QStringList tables();
};

} // namespace zhibiao
