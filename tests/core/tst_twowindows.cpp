// Two windows (two connections) on one database file: a writer that finds
// the file busy waits, and fails only after the busy timeout with a message
// that says so in the UI language; every write path takes the write lock
// when it begins; and a window learns that the other one committed
// (docs/reliability.md, "Two windows, one file").
#include "core/storage/datachangewatcher.h"
#include "core/storage/districtrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "tests/support/progressfixture.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <thread>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

void setBusyTimeout(Workspace &workspace, int milliseconds)
{
    execStatement(workspace.database().connection(), u"PRAGMA busy_timeout = "_s + QString::number(milliseconds));
}

// Another program's connection (not Zhibiao's Database) that holds the
// write lock on a thread of its own for a while, as a second window's long
// import does.
class LockHolder
{
public:
    LockHolder(const QString &path, std::chrono::milliseconds holdFor)
        : m_thread([this, path, holdFor] { hold(path, holdFor); })
    {
        while (!m_locked && !m_failed)
            std::this_thread::yield();
        REQUIRE_FALSE(m_failed);
    }
    ~LockHolder() { m_thread.join(); }

private:
    void hold(const QString &path, std::chrono::milliseconds holdFor)
    {
        const QString name = u"lock-holder"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QSqlQuery query(db);
            if (!db.open() || !query.exec(u"BEGIN IMMEDIATE"_s)) {
                m_failed = true;
                return;
            }
            m_locked = true;
            std::this_thread::sleep_for(holdFor);
            query.exec(u"COMMIT"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::atomic<bool> m_locked = false;
    std::atomic<bool> m_failed = false;
    std::thread m_thread;
};

} // namespace

TEST_CASE("A write waits while another window holds the file, then goes through", "[storage][twowindows]")
{
    TestFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    Workspace window(path); // the default busy timeout: 5 s
    QElapsedTimer waited;
    {
        const LockHolder other(path, std::chrono::milliseconds(600));
        waited.start();
        window.entries().record(figure(u"gdp"_s, 2022, 3, 78.6));
    }
    CHECK(waited.elapsed() >= 400); // it waited for the lock instead of failing at once
    REQUIRE(window.entries().latest(EntryKey{u"gdp"_s, 2022, 3}));
    CHECK(*window.entries().latest(EntryKey{u"gdp"_s, 2022, 3})->ytdValue == 78.6);
}

TEST_CASE("A write that finds the file busy past the timeout says so plainly and changes nothing",
          "[storage][twowindows]")
{
    TestFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    Workspace first(path);
    Workspace second(path);
    setBusyTimeout(second, 100); // the test's stand-in for 5 s
    Transaction writing(first.database());

    // Every gateway's write scope asks for the lock when it begins: each is
    // refused with the same clear message, none with SQLite's own words.
    const auto refusal = [&](const std::function<void()> &write) {
        try {
            write();
        } catch (const StorageError &error) {
            return error;
        }
        FAIL("the write went through although another connection held the write lock");
        return StorageError(StorageError::Code::QueryFailed, {});
    };
    const QList<StorageError> errors = {
        refusal([&] { second.entries().record(figure(u"gdp"_s, 2022, 3, 78.6)); }),
        refusal([&] { second.entries().recordAll({figure(u"gdp"_s, 2022, 4, 1.0), figure(u"fai"_s, 2022, 4, 2.0)}); }),
        refusal([&] { second.targets().replaceYear(2022, second.targets().forYear(2022)); }),
        refusal([&] { second.indicators().save(second.indicators().all().first()); }),
        refusal([&] { DistrictRepository(second.database()).save(second.district()); }),
    };
    for (const StorageError &error : errors) {
        CHECK(error.code() == StorageError::Code::Busy);
        CHECK(error.message()
              == path + u" is in use by another Zhibiao window or program. Nothing was changed; try again in a moment."_s);
        CHECK_FALSE(error.message().contains(u"locked"_s));
    }
    writing.commit();
    CHECK_FALSE(second.database().inTransaction());
    CHECK_FALSE(first.entries().latest(EntryKey{u"gdp"_s, 2022, 3}));
    // Once the other window is done, the same write goes through.
    second.entries().record(figure(u"gdp"_s, 2022, 3, 78.6));
    CHECK(first.entries().latest(EntryKey{u"gdp"_s, 2022, 3}));
}

TEST_CASE("A window learns that another one committed, and not of its own writes", "[storage][twowindows]")
{
    TestFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    Workspace first(path);
    Workspace second(path);
    QSignalSpy changed(&second.changes(), &DataChangeWatcher::changedElsewhere);
    CHECK(second.changes().isActive());

    CHECK_FALSE(second.changes().check()); // nothing yet
    first.entries().record(figure(u"gdp"_s, 2022, 3, 78.6));
    CHECK(second.changes().check());
    CHECK(changed.size() == 1);
    CHECK_FALSE(second.changes().check()); // once per change, not on every look
    // Its own writes are announced by the gateways, not by the watcher.
    second.entries().record(figure(u"gdp"_s, 2022, 6, 160.2));
    CHECK_FALSE(second.changes().check());
    CHECK(changed.size() == 1);
    // A change to the targets counts as much as a figure.
    first.targets().replaceYear(2022, first.targets().forYear(2022).mid(1));
    CHECK(second.changes().check());
    // ...and the first window hears of the second's write.
    CHECK(first.changes().check());
}

TEST_CASE("The watcher polls by itself while the event loop runs", "[storage][twowindows]")
{
    TestFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    Workspace first(path);
    Workspace second(path);
    QSignalSpy changed(&second.changes(), &DataChangeWatcher::changedElsewhere);
    first.entries().record(figure(u"gdp"_s, 2022, 3, 78.6));
    // DefaultInterval is 1.5 s.
    CHECK(changed.wait(5000));
    CHECK(changed.size() == 1);
}
