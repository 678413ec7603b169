// A full disk under the live database (docs/reliability.md, "A full disk"):
// a write that finds no room fails with a plain message in the UI
// language, stores nothing of itself, and loses nothing stored before.
// The disk is "filled" with RLIMIT_FSIZE (test::FileSizeLimit), so writes
// fail as they would on a full disk, a quota or a size-limited file system.
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/databasedump.h"
#include "tests/support/filesizelimit.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// count revisions of retail sales from firstYear on, 12 months a year.
QList<Entry> figures(int firstYear, int count, double base)
{
    QList<Entry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        entries.append(Entry{{u"retail_sales"_s, firstYear + i / 12, 1 + i % 12}, base + i, base + i * 0.9, 9.5,
                             u"月报"_s, u"区统计局"_s, u"wangli"_s, QDateTime(QDate(2022, 7, 1), QTime(9, 0), Qt::UTC)});
    }
    return entries;
}

QString schemaOf(const QString &path)
{
    return test::readOnlyValue(path, u"SELECT group_concat(type || ' ' || name || ' ' || ifnull(sql, ''), '; ') "
                                     "FROM (SELECT * FROM sqlite_master ORDER BY name)"_s);
}

} // namespace

TEST_CASE("A write that finds the disk full says so plainly, stores none of itself and loses nothing",
          "[storage][fulldisk]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    const QList<Entry> earlier = figures(2001, 600, 1000.0);
    QList<Entry> batch;
    // SQLite writes a transaction's pages to the log when its page cache is
    // full, and the rest at the commit: the failure comes from a different
    // call in each case (SqliteStatement's insert, Qt Sql's COMMIT).
    int cacheKib = 2000; // SQLite's default
    SECTION("a large batch fails while its rows are inserted")
    {
        batch = figures(3001, 60'000, 5000.0);
        cacheKib = 100;
    }
    SECTION("a batch within the page cache fails at its commit")
    {
        batch = figures(3001, 8'000, 5000.0);
    }
    {
        Workspace workspace(path);
        execStatement(workspace.database().connection(), u"PRAGMA cache_size = -%1"_s.arg(cacheKib));
        workspace.entries().recordAll(earlier);
        // Everything into the file itself and the log emptied, so the next
        // write starts the log at its first byte and the limit is the room
        // the write has.
        execStatement(workspace.database().connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const QStringList before = test::databaseDump(path);
        const QString schema = schemaOf(path);
        REQUIRE(before.size() > earlier.size());

        try {
            const test::FileSizeLimit full(256 * 1024);
            workspace.entries().recordAll(batch);
            FAIL("the batch was stored although the disk was full");
        } catch (const StorageError &error) {
            CHECK(error.code() == StorageError::Code::DiskFull);
            CHECK(error.message()
                  == u"The disk is full: "_s + path
                         + u" could not grow to hold this change. Nothing of this change was stored; free some space "
                           "on the disk and try again."_s);
            CHECK_FALSE(error.message().contains(u"I/O"_s));
        }
        CHECK_FALSE(workspace.database().inTransaction());
        CHECK(test::databaseDump(path) == before); // none of the batch, all of the earlier figures
        CHECK(schemaOf(path) == schema);           // tables, views and indexes as they were
        CHECK(test::readOnlyValue(path, u"PRAGMA integrity_check"_s) == u"ok"_s);

        // With room again, the same connection goes on writing.
        workspace.entries().recordAll(batch.first(10));
        CHECK(workspace.entries().latest(batch.at(9).key) == batch.at(9));
    }

    // Reopened: the earlier figures are there, the failed batch is not
    // (beyond the ten rows stored once there was room).
    Workspace reopened(path);
    for (const Entry &entry : earlier)
        REQUIRE(reopened.entries().latest(entry.key) == entry);
    CHECK(reopened.entries().latest(batch.at(9).key) == batch.at(9));
    CHECK_FALSE(reopened.entries().latest(batch.at(10).key));
    CHECK_FALSE(reopened.entries().latest(batch.last().key));
    QSqlQuery check = execStatement(reopened.database().connection(), u"PRAGMA integrity_check"_s);
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == u"ok"_s);
}
