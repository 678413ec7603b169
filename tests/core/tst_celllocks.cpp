// On a server, writers of different cells go on at the same time, and
// writers of one cell take turns: the second sees the first's figure
// before it writes (migrations.cpp version 3, PostgreSqlEngine::beginCellWrite).
#include "core/storage/database.h"
#include "core/storage/entryrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Entry figure(const EntryKey &key, double value, const QString &by)
{
    return Entry{key, value, std::nullopt, std::nullopt, {}, u"区统计局月报"_s, by,
                 QDateTime(QDate(2022, 6, 20), QTime(9, 30), Qt::UTC)};
}

// The code of what store() threw; "stored" if it did not.
QString outcome(const std::function<void()> &store)
{
    try {
        store();
    } catch (const StorageError &error) {
        INFO(error.message().toStdString());
        return error.code() == StorageError::Code::Busy ? u"busy"_s : u"failed"_s;
    }
    return u"stored"_s;
}

} // namespace

TEST_CASE("On a server, a writer of one cell holds up writers of that cell and of the whole database only",
          "[server][storage]")
{
    const test::TestDatabase place(Engine::PostgreSql);
    const std::unique_ptr<Workspace> workspace = place.open();
    Database &first = workspace->database();
    Database second(place.location());
    // Waiting the default five seconds for a lock would only slow the test.
    execStatement(second.connection(), u"SET lock_timeout = '200ms'"_s);
    EntryRepository secondEntries(second);
    const EntryKey gdpQ1{u"gdp"_s, 2022, 3};
    const EntryKey retailMay{u"retail_sales"_s, 2022, 5};

    std::optional<Transaction> writing;
    writing.emplace(first, QList<EntryKey>{gdpQ1});
    workspace->entries().record(figure(gdpQ1, 41200.0, u"wang"_s));

    // Another cell: stored at once, while the first has not committed.
    CHECK(outcome([&] { secondEntries.record(figure(retailMay, 38.62, u"li"_s)); }) == u"stored"_s);
    // The same cell, and a write of the whole database, wait for it.
    CHECK(outcome([&] { secondEntries.record(figure(gdpQ1, 41300.0, u"li"_s)); }) == u"busy"_s);
    CHECK(outcome([&] { Transaction whole(second); }) == u"busy"_s);
    // Many cells at once lock the whole database too.
    QList<Entry> many;
    for (int month = 1; month <= 12; ++month) {
        for (int year = 2010; year < 2016; ++year)
            many.append(figure({u"retail_sales"_s, year, month}, month, u"li"_s));
    }
    REQUIRE(many.size() > Transaction::MostCellsLocked);
    CHECK(outcome([&] { secondEntries.recordAll(many); }) == u"busy"_s);

    writing->commit();
    writing.reset();
    // Now the cell is free, and the later revision is the latest.
    CHECK(outcome([&] { secondEntries.record(figure(gdpQ1, 41300.0, u"li"_s)); }) == u"stored"_s);
    CHECK(workspace->entries().latest(gdpQ1)->ytdValue == 41300.0);
    CHECK(workspace->entries().history(gdpQ1).size() == 2);
    CHECK(outcome([&] { secondEntries.recordAll(many); }) == u"stored"_s);
}
