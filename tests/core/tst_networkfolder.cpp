// An SQLite file on a network file system is not opened in WAL mode
// silently: how the file system is recognised from the mount table, and
// the rollback journal a file gets when it is opened for this desk alone.
#include "core/storage/sqlite/filesystemkind.h"
#include "core/storage/sqlquery.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("The file system of a database file is read from the mount table", "[storage][networkfolder]")
{
    test::TestFolder folder;
    const QString here = QDir(folder.path(u"."_s)).canonicalPath();
    // The folder as mounted over NFS, inside a local root; a name with a space escaped.
    const QString mounts = u"/dev/sda1 / ext4 rw,relatime 0 0\n"
                           "tmpfs /tmp tmpfs rw 0 0\n"
                           "fileserver:/export/stats %1 nfs4 rw,vers=4.2 0 0\n"
                           "//nas/office\\040share /mnt/office\\040share cifs rw 0 0\n"_s.arg(here);
    CHECK(fileSystemTypeOf(folder.path(u"lukou.sqlite"_s), mounts) == u"nfs4"_s); // not there yet: its folder counts
    CHECK(fileSystemTypeOf(u"/mnt/office share/lukou.sqlite"_s, mounts) == u"cifs"_s);
    CHECK(fileSystemTypeOf(u"/home/wang/lukou.sqlite"_s, mounts) == u"ext4"_s);
    CHECK(fileSystemTypeOf(u"/tmpfiles/lukou.sqlite"_s, mounts) == u"ext4"_s); // /tmp is not a prefix of /tmpfiles

    for (const QString &network : {u"nfs"_s, u"nfs4"_s, u"cifs"_s, u"smb3"_s, u"fuse.sshfs"_s})
        CHECK(isNetworkFileSystem(network));
    for (const QString &local : {u"ext4"_s, u"xfs"_s, u"btrfs"_s, u"tmpfs"_s, u"overlay"_s, QString()})
        CHECK_FALSE(isNetworkFileSystem(local));
    // This machine's own mount table names the test folder's file system.
    CHECK_FALSE(fileSystemTypeOf(folder.path(u"lukou.sqlite"_s)).isEmpty());
}

TEST_CASE("A file opened for this desk alone keeps a rollback journal instead of the write-ahead log",
          "[storage][networkfolder]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"alone.sqlite"_s);
    auto journalMode = [](Workspace &workspace) {
        QSqlQuery query = execStatement(workspace.database().connection(), u"PRAGMA journal_mode"_s);
        REQUIRE(query.next());
        return query.value(0).toString();
    };
    {
        Workspace shared(path);
        CHECK(journalMode(shared) == u"wal"_s);
    }
    Workspace alone(DatabaseLocation::file(path).forThisDeskAlone());
    CHECK(journalMode(alone) == u"delete"_s);
    alone.entries().record(Entry{{u"gdp"_s, 2022, 3}, 41300.0, 38100.0, 8.1, {}, {}, u"wang"_s,
                                 QDateTime(QDate(2022, 4, 20), QTime(10, 2), Qt::UTC)});
    CHECK(alone.entries().latest({u"gdp"_s, 2022, 3})->ytdValue == 41300.0);
    // The window's own second connection (an import's plan) still reads it.
    Database second(Database::SecondConnection{alone.database()});
    CHECK(EntryRepository(second).latest({u"gdp"_s, 2022, 3})->ytdValue == 41300.0);
}
