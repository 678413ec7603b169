#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/databasedump.h"
#include "tests/support/testserver.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Entry budgetEntry(double ytd, const QString &by, int day)
{
    // Budget revenue 1-3月 2022 in 万元.
    return Entry{{u"budget_revenue"_s, 2022, 3}, ytd, 21345.0, std::nullopt, {}, u"区财政局"_s, by,
                 QDateTime(QDate(2022, 4, day), QTime(10, 0), Qt::UTC)};
}

} // namespace

TEST_CASE("The latest revision wins and every earlier one is kept", "[storage][revisions]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const Entry first = budgetEntry(23010.0, u"zhang"_s, 10);
    const Entry revised = budgetEntry(23120.5, u"li"_s, 20);
    {
        const std::unique_ptr<Workspace> workspace = place.open();
        workspace->entries().record(first);
        workspace->entries().record(revised);
    }
    Workspace workspace(place.location());
    CHECK(workspace.entries().latest(first.key) == revised);
    CHECK(workspace.entries().history(first.key) == QList<Entry>{first, revised});
    const QList<Entry> year = workspace.entries().forYear(2022);
    REQUIRE(year.size() == 1);
    CHECK(year.first() == revised);
    CHECK(workspace.entries().forYear(2021).isEmpty());
}

TEST_CASE("Clearing a value is a revision too", "[storage][revisions]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const Entry value = budgetEntry(23010.0, u"zhang"_s, 10);
    Entry cleared = value;
    cleared.ytdValue.reset();
    cleared.lastYearValue.reset();
    cleared.enteredAt = cleared.enteredAt.addDays(1);
    workspace.entries().record(value);
    workspace.entries().record(cleared);
    CHECK_FALSE(workspace.entries().latest(value.key));
    CHECK(workspace.entries().history(value.key).size() == 2);
    CHECK(workspace.entries().forYear(2022).isEmpty());
}

TEST_CASE("A batch of entries is stored whole or not at all", "[storage][revisions]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const Entry good = budgetEntry(23010.0, u"zhang"_s, 10);
    Entry badMonth = good;
    badMonth.key.month = 13; // the schema refuses months outside 1..12
    Entry second = good;
    second.key.month = 4;
    CHECK_THROWS_AS(workspace.entries().recordAll({good, badMonth, second}), StorageError);
    CHECK(workspace.entries().forYear(2022).isEmpty());

    Entry unknownIndicator = good;
    unknownIndicator.key.indicatorCode = u"no_such_indicator"_s;
    CHECK_THROWS_AS(workspace.entries().record(unknownIndicator), StorageError);

    workspace.entries().recordAll({good, second});
    CHECK(workspace.entries().forYear(2022).size() == 2);
}

TEST_CASE("Recording announces the years of the changed cells", "[storage][revisions]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    QSignalSpy spy(&workspace.entries(), &EntryRepository::entriesChanged);
    const Entry entry = budgetEntry(23010.0, u"zhang"_s, 10);
    workspace.entries().record(entry);
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).value<QList<int>>() == QList<int>{2022});

    Entry lastYear = entry;
    lastYear.key.year = 2021;
    Entry gdp = entry;
    gdp.key.indicatorCode = u"gdp"_s;
    workspace.entries().recordAll(QList<Entry>{entry, lastYear, gdp});
    REQUIRE(spy.size() == 2);
    CHECK(spy.at(1).at(0).value<QList<int>>() == QList<int>{2021, 2022});
}

TEST_CASE("Figures under one stamp are stored as one change set", "[storage][revisions]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const EntryStamp stamp{u"1-5月.xlsx"_s, u"wang"_s, QDateTime(QDate(2022, 6, 20), QTime(9, 30), Qt::UTC)};
    const CellFigures retail{{u"retail_sales"_s, 2022, 5}, 38.62, 34.41, 12.2, u"含限上企业快报"_s};
    const CellFigures cleared{{u"gdp"_s, 2022, 3}, {}, {}, {}, {}};
    workspace.entries().recordAll({&retail, &cleared}, stamp);

    CHECK(workspace.entries().latest(retail.key)
          == Entry{retail.key, 38.62, 34.41, 12.2, u"含限上企业快报"_s, stamp.source, stamp.enteredBy, stamp.enteredAt});
    CHECK_FALSE(workspace.entries().latest(cleared.key));
    CHECK(workspace.entries().history(cleared.key).size() == 1);
    CHECK(test::readOnlyValue(place.location(), u"SELECT count(*) FROM change_sets"_s) == u"1"_s);
}

namespace {

// A batch large enough for recordAll to write it as a large one (no wait
// for the checkpoint, no per-row reference checks): 60,000 cells of GDP.
QList<Entry> largeBatch()
{
    QList<Entry> entries;
    for (int year = 1950; year < 1950 + 5000; ++year) {
        for (int month = 1; month <= 12; ++month) {
            entries.append(Entry{{u"gdp"_s, year, month}, year + month / 100.0, std::nullopt, 7.5, {}, u"bulk.csv"_s,
                                 u"wang"_s, QDateTime(QDate(2022, 7, 1), QTime(9, 0), Qt::UTC)});
        }
    }
    return entries;
}

} // namespace

TEST_CASE("A large batch is stored whole or not at all", "[storage][revisions]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;

    QList<Entry> entries = largeBatch();
    REQUIRE(entries.size() >= 50'000);
    Entry bad = entries.last();
    bad.key.month = 13; // refused by the schema, after every other row was inserted
    entries.append(bad);
    CHECK_THROWS_AS(workspace.entries().recordAll(entries), StorageError);
    CHECK(workspace.entries().forYear(1950).isEmpty());
    // A large batch leaves SQLite's reference checks out (it refers only
    // to rows it read or wrote itself): an unknown indicator is still refused.
    entries.last().key = {u"no_such_indicator"_s, 2022, 5};
    CHECK_THROWS_AS(workspace.entries().recordAll(entries), StorageError);
    CHECK(workspace.entries().forYear(1950).isEmpty());

    entries.removeLast();
    workspace.entries().recordAll(entries);
    const Entry &sample = entries.at(12 * 100 + 5); // 2050, June
    CHECK(workspace.entries().latest(sample.key) == sample);
    CHECK(workspace.entries().forYear(2050).size() == 12);
    QSqlQuery check(workspace.database().connection());
    // Every revision refers to an indicator and a change set that exist.
    REQUIRE(check.exec(uR"(SELECT count(*) FROM entry_revisions AS r
                           LEFT JOIN indicators AS i ON i.id = r.indicator
                           LEFT JOIN change_sets AS c ON c.id = r.change_set
                           WHERE i.id IS NULL OR c.id IS NULL)"_s));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == 0);
    if (engine == Engine::Sqlite) {
        REQUIRE(check.exec(u"PRAGMA integrity_check"_s));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == u"ok"_s);
        REQUIRE(check.exec(u"PRAGMA foreign_key_check"_s));
        CHECK_FALSE(check.next());
        // ... and turns them on again for every other write.
        REQUIRE(check.exec(u"PRAGMA foreign_keys"_s));
        REQUIRE(check.next());
        CHECK(check.value(0).toInt() == 1);
    }
    // Every later write has its references checked: a target on an
    // unknown indicator is refused.
    QList<Target> targets = workspace.targets().forYear(2022);
    targets[0].criteria[0].indicatorCode = u"no_such_indicator"_s;
    CHECK_THROWS_AS(workspace.targets().replaceYear(2022, targets), StorageError);

    // A small batch afterwards is a new revision of the cell.
    Entry revised = sample;
    revised.ytdValue = 1.5;
    workspace.entries().recordAll({revised});
    CHECK(workspace.entries().latest(sample.key) == revised);
    CHECK(workspace.entries().history(sample.key).size() == 2);
}

TEST_CASE("A large batch commits without waiting for its log to be copied, and the copy follows",
          "[storage][revisions]")
{
    // A server has no log of the file's to copy: there, only that the
    // batch is committed when recordAll returns.
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const QString path = place.location().filePath();
    const qint64 emptySize = engine == Engine::Sqlite ? QFileInfo(path).size() : 0;
    const QList<Entry> entries = largeBatch();
    workspace.entries().recordAll(entries);

    // Committed: another connection sees every figure at once.
    CHECK(test::readOnlyValue(place.location(), u"SELECT count(*) FROM entry_revisions"_s)
          == QString::number(entries.size()));
    workspace.database().waitForCheckpoint();
    if (engine == Engine::Sqlite) {
        // The background checkpoint moved the figures from the log into the
        // file itself, and small writes are checkpointed as before.
        CHECK(QFileInfo(path).size() > emptySize + 1'000'000);
        QSqlQuery pragma(workspace.database().connection());
        REQUIRE(pragma.exec(u"PRAGMA wal_autocheckpoint"_s));
        REQUIRE(pragma.next());
        CHECK(pragma.value(0).toInt() == 1000);
    }
    // And the database goes on taking small writes.
    Entry later = entries.first();
    later.ytdValue = 1.5;
    workspace.entries().record(later);
    CHECK(workspace.entries().latest(later.key) == later);
}

TEST_CASE("A batch that gives a cell twice keeps both, the later one latest", "[storage][revisions]")
{
    // Rows are stored in the table's order, not the batch's: the order of
    // revisions must still be the batch's.
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const Entry earlier = budgetEntry(23010.0, u"zhang"_s, 10);
    Entry other = budgetEntry(100.0, u"zhang"_s, 10);
    other.key = {u"gdp"_s, 2021, 12}; // another cell, stored between them
    const Entry later = budgetEntry(23120.5, u"zhang"_s, 10);
    workspace.entries().recordAll(QList<Entry>{earlier, other, later});
    CHECK(workspace.entries().latest(earlier.key) == later);
    CHECK(workspace.entries().history(earlier.key) == QList<Entry>{earlier, later});
    CHECK(workspace.entries().latest(other.key) == other);
}

TEST_CASE("Batches just below and above the size written in one statement are stored alike", "[storage][revisions]")
{
    // On a server, up to MostRevisionsInOneStatement revisions go in one
    // INSERT, more by COPY: both keep the batch's order, each stamp once,
    // and the ids that follow the highest stored.
    const Engine engine = GENERATE(test::eachEngine());
    const int size = GENERATE(1000, 1001);
    INFO(test::engineName(engine) << ", " << size << " revisions");
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    workspace.entries().record(budgetEntry(1.0, u"zhang"_s, 1));
    QList<Entry> batch;
    for (int i = 0; i < size; ++i) {
        // Two logins taking turns; the last cell given twice.
        Entry entry{{u"gdp"_s, 1000 + std::min(i, size - 2), 6}, 10.0 + i, std::nullopt, 8.5, u"第%1行"_s.arg(i),
                    u"bulk.csv"_s, i % 2 ? u"li"_s : u"wang"_s, QDateTime(QDate(2022, 7, 1), QTime(9, 0), Qt::UTC)};
        batch.append(entry);
    }
    workspace.entries().recordAll(batch);
    CHECK(workspace.entries().latest(batch.at(500).key) == batch.at(500));
    const EntryKey twice = batch.last().key;
    CHECK(workspace.entries().history(twice) == QList<Entry>{batch.at(size - 2), batch.at(size - 1)});
    CHECK(test::readOnlyValue(place.location(), u"SELECT count(*) FROM change_sets"_s) == u"3"_s);
    CHECK(test::readOnlyValue(place.location(), u"SELECT count(*) FROM entry_revisions"_s)
          == QString::number(size + 1));
    CHECK(test::readOnlyValue(place.location(), u"SELECT max(id) - min(id) FROM entry_revisions"_s)
          == QString::number(size));
}
