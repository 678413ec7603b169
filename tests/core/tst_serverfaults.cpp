// The server goes away (a restart, a cable, a VPN) under an open window and
// under a large import: nothing half applied, nothing acknowledged lost, a
// clear message, and the connection back by itself. Each test has a
// server of its own, since it stops it.
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/testserver.h"

#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <thread>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Entry gdp(int month, double value)
{
    return Entry{{u"gdp"_s, 2022, month}, value, value - 3000.0, 8.0, {}, {}, u"wang"_s,
                 QDateTime(QDate(2022, 4, 20), QTime(10, month), Qt::UTC)};
}

} // namespace

TEST_CASE("A lost server is said in words, writes are refused meanwhile, and the connection comes back by itself",
          "[server][faults]")
{
    test::PrivateServer server;
    Workspace window(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    window.entries().record(gdp(3, 41300.0)); // acknowledged before the loss
    QSignalSpy lost(&window.connection(), &ConnectionKeeper::lost);
    QSignalSpy restored(&window.connection(), &ConnectionKeeper::restored);
    QSignalSpy reread(&window.changes(), &DataChangeWatcher::changedElsewhere);

    server.crash();
    // Noticed at the next statement or announcement; a write is refused
    // in words and stores nothing.
    try {
        window.entries().record(gdp(6, 84000.0));
        FAIL("a write succeeded with the server down");
    } catch (const StorageError &error) {
        INFO(error.message().toStdString());
        CHECK(error.code() == StorageError::Code::ConnectionLost);
        CHECK(error.message().contains(u"not stored"_s));
    }
    window.connection().check();
    REQUIRE(lost.count() == 1);
    CHECK(lost.first().first().toString().contains(server.location().displayName()));
    CHECK_FALSE(window.connection().isConnected());
    // Still down: asking does not block, and nothing comes back.
    window.connection().check();
    QTest::qWait(300);
    CHECK(restored.isEmpty());

    server.start();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10'000);
    CHECK(window.connection().isConnected());
    CHECK(reread.count() >= 1); // screens read everything again
    // What was acknowledged is there; what was refused is not.
    CHECK(window.entries().latest(gdp(3, 0).key)->ytdValue == 41300.0);
    CHECK_FALSE(window.entries().latest(gdp(6, 0).key));
    window.entries().record(gdp(6, 84000.0));
    CHECK(window.entries().latest(gdp(6, 0).key)->ytdValue == 84000.0);

    // Another user's commit is announced on the new connection too.
    reread.clear();
    {
        Workspace other(server.location());
        other.entries().record(gdp(9, 126000.0));
    }
    CHECK(reread.wait(3000));
}

TEST_CASE("An import cut short by a lost server is not half applied", "[server][faults]")
{
    test::PrivateServer server;
    std::optional<Workspace> window;
    window.emplace(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    QList<CellFigures> figures;
    for (int year = 1980; year < 2080; ++year) {
        for (int month = 1; month <= 12; ++month) {
            for (const QString &code : {u"gdp"_s, u"retail_sales"_s, u"budget_revenue"_s, u"fai"_s}) {
                for (int copy = 0; copy < 60; ++copy)
                    figures.append(CellFigures{{code, year, month}, 1000.0 + copy, 900.0, 11.1, {}});
            }
        }
    }
    QList<const CellFigures *> batch;
    for (const CellFigures &cell : figures)
        batch.append(&cell);
    std::optional<StorageError::Code> failure;
    {
        // As the window imports: on a connection of its own, on another thread.
        std::thread import([&] {
            try {
                Database writer(Database::SecondConnection{window->database()});
                EntryRepository entries(writer);
                entries.recordAll(batch, EntryStamp{u"big.csv"_s, u"wang"_s, QDateTime::currentDateTimeUtc()});
            } catch (const StorageError &error) {
                failure = error.code();
                INFO(error.message().toStdString());
            }
        });
        QTest::qWait(150);
        server.crash();
        import.join();
    }
    server.start();
    window.reset();
    Workspace reopened(server.location());
    const auto counts = reopened.entries().revisionCounts(2000);
    if (failure) {
        CHECK(*failure == StorageError::Code::ConnectionLost);
        CHECK(counts.empty());
    } else {
        WARN("the import finished before the server stopped; only all-or-nothing was checked");
        CHECK(counts.size() == 4 * 12);
    }
}
