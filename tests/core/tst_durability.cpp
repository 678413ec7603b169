// The connection settings that keep committed figures through a crash or a
// power cut, and let a second writer wait instead of failing (see
// docs/reliability.md). Removing one of them from Database fails here.
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QString pragma(Database &database, const QString &name)
{
    QSqlQuery query = execStatement(database.connection(), u"PRAGMA "_s + name);
    REQUIRE(query.next());
    return query.value(0).toString();
}

} // namespace

TEST_CASE("Every connection uses WAL, full sync, foreign keys and a busy timeout", "[storage][durability]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"durable.sqlite"_s);
    { Workspace created(path); }
    Workspace workspace(path); // an existing file gets the same settings as a new one
    Database &database = workspace.database();
    CHECK(pragma(database, u"journal_mode"_s) == u"wal"_s);
    CHECK(pragma(database, u"synchronous"_s) == u"2"_s); // FULL: the log is synced at every commit
    CHECK(pragma(database, u"foreign_keys"_s) == u"1"_s);
    CHECK(pragma(database, u"busy_timeout"_s).toInt() >= 1000);
}

TEST_CASE("A write scope takes the write lock when it begins", "[storage][durability]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"locks.sqlite"_s);
    Workspace first(path);
    Workspace second(path);
    execStatement(second.database().connection(), u"PRAGMA busy_timeout = 0"_s); // fail at once, not in 5 s
    Transaction writing(first.database());
    // BEGIN IMMEDIATE: the second writer is turned away before it reads
    // anything it might later try to upgrade (the deadlock of DEFERRED).
    CHECK_THROWS_AS([&] { Transaction refused(second.database()); }(), StorageError);
    writing.commit();
    Transaction now(second.database());
    now.commit();
}
