// `zhibiao backup` through the real executable, with no display: the copy,
// the backup folder, --list, and clear failures with a non-zero exit.
#include "core/backup/backupcheck.h"
#include "core/backup/backupset.h"
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/databasedump.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;
using test::runZhibiaoCli;

// A seeded database with one figure, closed again for the process to use.
QString databaseWithFigures(const test::TestFolder &folder)
{
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    workspace.entries().record(Entry{{u"retail_sales"_s, 2022, 5}, 38.62, 34.41, 12.2, u"含限上企业快报"_s,
                                     u"区统计局月报"_s, u"wangli"_s,
                                     QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)});
    return path;
}

} // namespace

TEST_CASE("zhibiao backup -o writes a checked copy of the database", "[cli][backup]")
{
    test::TestFolder folder;
    const QString db = databaseWithFigures(folder);
    const QString copy = folder.path(u"copy.sqlite"_s);
    const Run run = runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"-o"_s, copy});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"copy.sqlite"_s));
    CHECK(run.err.isEmpty());
    CHECK(BackupCheck::of(copy).restorable);
    CHECK(test::databaseDump(copy) == test::databaseDump(db));
    // A copy elsewhere is not one of the database's kept backups.
    CHECK_FALSE(QFileInfo::exists(BackupSet::folderFor(db)));

    // Run again: the copy is replaced.
    CHECK(runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"-o"_s, copy}).exitCode == 0);
    CHECK(QDir(folder.path(u"."_s)).entryList({u"copy.sqlite*"_s}, QDir::Files) == QStringList{u"copy.sqlite"_s});
}

TEST_CASE("zhibiao backup without -o adds to the backup folder, and --list shows it", "[cli][backup]")
{
    test::TestFolder folder;
    const QString db = databaseWithFigures(folder);
    const Run run = runZhibiaoCli({u"backup"_s, u"--db"_s, db});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QList<Backup> backups = BackupSet(db).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason == BackupReason::Manual);
    CHECK(run.out.contains(QFileInfo(backups[0].path).fileName()));

    const Run list = runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"--list"_s});
    INFO(list.out.toStdString() << list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QFileInfo(backups[0].path).fileName()));
    CHECK(list.out.contains(u"Made on request"_s));
    CHECK(list.out.contains(u"can be restored"_s));
}

TEST_CASE("zhibiao backup --list works on a database that no longer opens", "[cli][backup]")
{
    test::TestFolder folder;
    const QString db = databaseWithFigures(folder);
    REQUIRE(runZhibiaoCli({u"backup"_s, u"--db"_s, db}).exitCode == 0);
    test::writeFile(db, "damaged beyond repair");
    const Run list = runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"--list"_s});
    INFO(list.out.toStdString() << list.err.toStdString());
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"manual.sqlite"_s));
    CHECK(test::fileBytes(db) == "damaged beyond repair");
}

TEST_CASE("zhibiao backup fails clearly and writes nothing", "[cli][backup]")
{
    test::TestFolder folder;
    const QString db = databaseWithFigures(folder);

    SECTION("a missing database")
    {
        const QString missing = folder.path(u"nowhere.sqlite"_s);
        const QString copy = folder.path(u"copy.sqlite"_s);
        const Run run = runZhibiaoCli({u"backup"_s, u"--db"_s, missing, u"-o"_s, copy});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"nowhere.sqlite"_s));
        CHECK_FALSE(QFileInfo::exists(copy));
        CHECK_FALSE(QFileInfo::exists(missing));
    }
    SECTION("an output folder that does not exist")
    {
        const QString copy = folder.path(u"no/such/folder/copy.sqlite"_s);
        const Run run = runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"-o"_s, copy});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"does not exist"_s));
        CHECK_FALSE(QFileInfo::exists(folder.path(u"no"_s)));
    }
    SECTION("an output place nobody can write to, not even root")
    {
        const Run run = runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"-o"_s, u"/proc/zhibiao-copy.sqlite"_s});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"zhibiao-copy.sqlite"_s));
        CHECK_FALSE(QFileInfo::exists(u"/proc/zhibiao-copy.sqlite"_s));
    }
    SECTION("the database itself as the output")
    {
        const QByteArray before = test::fileBytes(db);
        const Run run = runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"-o"_s, db});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"-o"_s));
        CHECK(test::fileBytes(db) == before);
    }
    SECTION("-o together with --list")
    {
        const Run run = runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"--list"_s, u"-o"_s, folder.path(u"c.sqlite"_s)});
        CHECK(run.exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(folder.path(u"c.sqlite"_s)));
    }
    CHECK_FALSE(QFileInfo::exists(BackupSet::folderFor(db)));
}

TEST_CASE("zhibiao backup --help needs no display", "[cli][backup]")
{
    const Run run = runZhibiaoCli({u"backup"_s, u"--help"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"zhibiao backup"_s));
    CHECK(run.out.contains(u"--list"_s));
}
