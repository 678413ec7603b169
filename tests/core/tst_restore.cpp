// Restoring a backup into the open database, and the backup taken before
// a file's data format is updated.
#include "core/backup/backupcheck.h"
#include "core/backup/backuprestore.h"
#include "core/backup/backupset.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/databasedump.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <vector>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const QDateTime noon(QDate(2022, 6, 15), QTime(12, 0), Qt::UTC);
const EntryKey retailMay{u"retail_sales"_s, 2022, 5};

Entry retailSales(double ytd)
{
    return Entry{retailMay, ytd, 34.41, std::nullopt, {}, u"区统计局月报"_s, u"wangli"_s,
                 QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)};
}

QString scalar(Database &database, const QString &sql)
{
    QSqlQuery query = execStatement(database.connection(), sql);
    REQUIRE(query.next());
    return query.value(0).toString();
}

// The schema's real history plus one more step, as the next release might
// bring: opening a current file with these steps is opening an older file.
std::span<const Migration> withNextVersion()
{
    static const std::vector<Migration> steps = [] {
        std::vector<Migration> all(migrations().begin(), migrations().end());
        all.push_back({latestSchemaVersion() + 1,
                       {u"ALTER TABLE district ADD COLUMN remark TEXT NOT NULL DEFAULT ''"_s}});
        return all;
    }();
    return steps;
}

} // namespace

TEST_CASE("Restoring a backup brings back the values it holds", "[backup][restore]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    workspace.entries().record(retailSales(38.62));
    BackupSet backups(path, 10);
    const Backup before = backups.take(workspace.database().connection(), BackupReason::Daily, noon);
    const QStringList backedUp = test::databaseDump(path);

    // Later work: a revision, a cleared cell, a new year's district setting.
    workspace.entries().record(retailSales(40.00));
    workspace.entries().record(Entry{{u"fai"_s, 2022, 5}, 12.0, 10.0, {}, {}, {}, u"li"_s, noon});
    District district = workspace.district();
    district.currentYear = 2023;
    DistrictRepository(workspace.database()).save(district);
    workspace.reload();
    REQUIRE(workspace.district().currentYear == 2023);
    const QStringList later = test::databaseDump(path);

    const Backup undo = BackupRestore::restore(workspace, backups, before, noon.addSecs(3600));

    CHECK(workspace.entries().latest(retailMay)->ytdValue == 38.62);
    CHECK(workspace.entries().history(retailMay).size() == 1);
    CHECK_FALSE(workspace.entries().latest({u"fai"_s, 2022, 5}));
    CHECK(workspace.district().currentYear == 2022);
    CHECK(test::databaseDump(path) == backedUp);
    // The open connection is as the window needs it.
    CHECK(scalar(workspace.database(), u"PRAGMA journal_mode"_s) == u"wal"_s);
    CHECK(scalar(workspace.database(), u"PRAGMA foreign_keys"_s) == u"1"_s);
    CHECK(scalar(workspace.database(), u"PRAGMA integrity_check"_s) == u"ok"_s);

    // The replaced state was backed up first: the restore can be undone.
    CHECK(undo.reason == BackupReason::BeforeRestore);
    CHECK(test::databaseDump(undo.path) == later);
    BackupRestore::restore(workspace, backups, undo, noon.addSecs(7200));
    CHECK(workspace.entries().latest(retailMay)->ytdValue == 40.00);
    CHECK(workspace.district().currentYear == 2023);

    // And it is written to the file, not only visible to this connection.
    workspace.entries().record(retailSales(41.00));
    CHECK(test::readOnlyValue(path, u"SELECT ytd_value FROM current_entries WHERE indicator_code = 'retail_sales'"_s)
          == u"41"_s);
}

TEST_CASE("A backup that fails its check is not restored and the database is unchanged", "[backup][restore]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    workspace.entries().record(retailSales(38.62));
    BackupSet backups(path, 10);
    const Backup backup = backups.take(workspace.database().connection(), BackupReason::Daily, noon);
    workspace.entries().record(retailSales(40.00));
    const QByteArray whole = test::fileBytes(backup.path);
    test::writeFile(backup.path, whole.left(whole.size() / 2));
    const QStringList current = test::databaseDump(path);

    try {
        BackupRestore::restore(workspace, backups, backup, noon.addSecs(60));
        FAIL("the damaged backup was restored");
    } catch (const StorageError &error) {
        CHECK(error.code() == StorageError::Code::BackupFailed);
        CHECK(error.message().contains(QFileInfo(backup.path).fileName()));
    }
    CHECK(test::databaseDump(path) == current);
    CHECK(workspace.entries().latest(retailMay)->ytdValue == 40.00);
    CHECK(backups.list().size() == 1); // no before-restore backup for a restore that never started
}

TEST_CASE("The oldest backup of a full folder can be restored", "[backup][restore]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    BackupSet backups(path, 2);
    workspace.entries().record(retailSales(1.0));
    const Backup oldest = backups.take(workspace.database().connection(), BackupReason::Daily, noon);
    workspace.entries().record(retailSales(2.0));
    backups.take(workspace.database().connection(), BackupReason::Daily, noon.addDays(1));
    workspace.entries().record(retailSales(3.0));

    BackupRestore::restore(workspace, backups, oldest, noon.addDays(2));
    CHECK(workspace.entries().latest(retailMay)->ytdValue == 1.0);
    // Pruned only after the restore: the newest two are left.
    const QList<Backup> left = backups.list();
    REQUIRE(left.size() == 2);
    CHECK(left[0].reason == BackupReason::BeforeRestore);
    CHECK(left[1].takenAt == noon.addDays(1));
}

TEST_CASE("A file with data is backed up before its data format is updated", "[backup][migration]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    {
        Workspace workspace(path);
        workspace.entries().record(retailSales(38.62));
    }
    const QStringList asItWas = test::databaseDump(path);

    Database database(path, withNextVersion());
    CHECK(database.schemaVersion() == latestSchemaVersion() + 1);
    const QList<Backup> backups = BackupSet(path).list();
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason == BackupReason::BeforeMigration);
    CHECK(test::databaseDump(backups[0].path) == asItWas);
    const BackupCheck check = BackupCheck::of(backups[0].path);
    CHECK(check.restorable);
    CHECK(check.schemaVersion == latestSchemaVersion());
}

TEST_CASE("New and up-to-date files are not backed up when opened", "[backup][migration]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    SECTION("a new file, even with a migration to run")
    {
        Database database(path, withNextVersion());
        CHECK(database.schemaVersion() == latestSchemaVersion() + 1);
    }
    SECTION("a file already at the latest version")
    {
        { Workspace workspace(path); }
        Workspace again(path);
    }
    CHECK_FALSE(QFileInfo::exists(BackupSet::folderFor(path)));
}

TEST_CASE("A file whose backup fails is not migrated", "[backup][migration]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    {
        Workspace workspace(path);
        workspace.entries().record(retailSales(38.62));
    }
    test::writeFile(BackupSet::folderFor(path), "in the way"); // the backup folder cannot be made
    try {
        Database database(path, withNextVersion());
        FAIL("the file was opened");
    } catch (const StorageError &error) {
        CHECK(error.code() == StorageError::Code::BackupFailed);
        CHECK(error.message().contains(u"lukou.sqlite"_s));
    }
    CHECK(test::readOnlyValue(path, u"PRAGMA user_version"_s) == QString::number(latestSchemaVersion()));
    Workspace workspace(path); // still opens with the current version
    CHECK(workspace.entries().latest(retailMay)->ytdValue == 38.62);
}

TEST_CASE("Restoring a backup of an older data format updates it again", "[backup][migration][restore]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    BackupSet backups(path, 10);
    Backup older;
    {
        Workspace workspace(path);
        workspace.entries().record(retailSales(38.62));
        older = backups.take(workspace.database().connection(), BackupReason::Manual, noon);
    }
    // The next release opens the file (and updates it), then the user goes
    // back to the backup made before.
    Database database(path, withNextVersion());
    execStatement(database.connection(), u"UPDATE district SET remark = 'after the update'"_s);

    BackupRestore::restore(database, backups, older, noon.addDays(1));
    CHECK(database.schemaVersion() == latestSchemaVersion() + 1);
    CHECK(scalar(database, u"SELECT remark FROM district"_s) == QString());
    CHECK(scalar(database, u"SELECT ytd_value FROM current_entries"_s) == u"38.62"_s);
}
