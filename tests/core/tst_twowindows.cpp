// Two windows (two connections) on one database file: a writer that finds
// the file busy waits, and fails only after the busy timeout with a message
// that says so in the UI language; every write path takes the write lock
// when it begins; and a window learns that the other one committed
// (docs/reliability.md, "Two windows, one file"). The same for two windows
// on one server database, whose write lock waits up to the lock timeout.
#include "core/storage/datachangewatcher.h"
#include "core/storage/districtrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "tests/support/progressfixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

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

// How long a write waits for the write lock: SQLite's busy timeout, or
// the server's lock timeout.
void setBusyTimeout(Workspace &workspace, int milliseconds)
{
    execStatement(workspace.database().connection(),
                  workspace.database().isServer()
                      ? u"SET lock_timeout = "_s + QString::number(milliseconds)
                      : u"PRAGMA busy_timeout = "_s + QString::number(milliseconds));
}

// Another connection that holds the write lock on a thread of its own for
// a while, as a second window's long import does: on a file another
// program's (not Zhibiao's Database), on a server another Zhibiao's, since
// only Zhibiao takes its write lock there.
class LockHolder
{
public:
    LockHolder(const DatabaseLocation &location, std::chrono::milliseconds holdFor)
        : m_thread([this, location, holdFor] { hold(location, holdFor); })
    {
        while (!m_locked && !m_failed)
            std::this_thread::yield();
        REQUIRE_FALSE(m_failed);
    }
    ~LockHolder() { m_thread.join(); }

private:
    void hold(const DatabaseLocation &location, std::chrono::milliseconds holdFor)
    {
        if (location.isServer()) {
            try {
                Database other(location);
                Transaction writing(other);
                m_locked = true;
                std::this_thread::sleep_for(holdFor);
                writing.commit();
            } catch (const StorageError &) {
                m_failed = true;
            }
            return;
        }
        const QString name = u"lock-holder"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(location.filePath());
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

// What a window heard of other connections' commits since it last looked.
// On a file it looks itself (DataChangeWatcher::check(), which its timer
// calls); a server announces every commit, and the announcement arrives
// through the event loop within milliseconds: there a look waits for it,
// up to 5 s when one is expected and 300 ms when none is.
class Hearing
{
public:
    explicit Hearing(Workspace &window)
        : m_window(window)
        , m_told(&window.changes(), &DataChangeWatcher::changedElsewhere)
    {
    }

    // Another connection committed since the last look.
    bool somethingNew() { return look(5000); }
    // Nobody else committed since the last look.
    bool nothingNew() { return !look(300); }
    // How often the window was told (changedElsewhere).
    qsizetype told() const { return m_told.size(); }

private:
    bool look(int waitMilliseconds)
    {
        if (!m_window.database().isServer())
            return m_window.changes().check();
        if (m_told.size() == m_seen)
            m_told.wait(waitMilliseconds);
        const bool heard = m_told.size() > m_seen;
        m_seen = m_told.size();
        return heard;
    }

    Workspace &m_window;
    QSignalSpy m_told;
    qsizetype m_seen = 0;
};

} // namespace

TEST_CASE("A write waits while another window holds the file, then goes through", "[storage][twowindows]")
{
    const Engine engine = GENERATE(eachEngine());
    INFO(engineName(engine));
    const TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open(); // the default busy timeout: 5 s
    Workspace &window = *opened;
    QElapsedTimer waited;
    {
        const LockHolder other(place.location(), std::chrono::milliseconds(600));
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
    const Engine engine = GENERATE(eachEngine());
    INFO(engineName(engine));
    const TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &first = *opened;
    Workspace second(place.location());
    setBusyTimeout(second, 100); // the test's stand-in for 5 s
    Transaction writing(first.database());

    // Every gateway's write scope asks for the lock when it begins: each is
    // refused with the same clear message, none with SQLite's (or the
    // server's) own words.
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
        INFO(error.message().toStdString());
        CHECK(error.code() == StorageError::Code::Busy);
        const QString inUse =
            u" is in use by another Zhibiao window or program. Nothing was changed; try again in a moment."_s;
        CHECK(error.message().endsWith(inUse));
        CHECK(error.message() == place.location().displayName() + inUse);
        CHECK_FALSE(error.message().contains(u"locked"_s));
        CHECK_FALSE(error.message().contains(u"lock timeout"_s));
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
    const Engine engine = GENERATE(eachEngine());
    INFO(engineName(engine));
    const TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &first = *opened;
    Workspace second(place.location());
    Hearing firstHears(first);
    Hearing secondHears(second);
    CHECK(second.changes().isActive());

    CHECK(secondHears.nothingNew()); // nothing yet
    first.entries().record(figure(u"gdp"_s, 2022, 3, 78.6));
    CHECK(secondHears.somethingNew());
    CHECK(secondHears.told() == 1);
    CHECK(secondHears.nothingNew()); // once per change, not on every look
    // Its own writes are announced by the gateways, not by the watcher.
    second.entries().record(figure(u"gdp"_s, 2022, 6, 160.2));
    CHECK(secondHears.nothingNew());
    CHECK(secondHears.told() == 1);
    // A change to the targets counts as much as a figure.
    first.targets().replaceYear(2022, first.targets().forYear(2022).mid(1));
    CHECK(secondHears.somethingNew());
    // ...and the first window hears of the second's write.
    CHECK(firstHears.somethingNew());
    CHECK(firstHears.told() == 1);
}

TEST_CASE("The watcher polls by itself while the event loop runs", "[storage][twowindows]")
{
    // On a server the watcher listens instead, and hears at once.
    const Engine engine = GENERATE(eachEngine());
    INFO(engineName(engine));
    const TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &first = *opened;
    Workspace second(place.location());
    QSignalSpy changed(&second.changes(), &DataChangeWatcher::changedElsewhere);
    first.entries().record(figure(u"gdp"_s, 2022, 3, 78.6));
    // DefaultInterval is 1.5 s.
    CHECK(changed.wait(5000));
    CHECK(changed.size() == 1);
}
