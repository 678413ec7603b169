// Backups of the open database (core/backup/): a copy equals its source,
// the folder keeps the newest N, a failed copy leaves nothing, and a
// backup is checked before it is offered for restore.
#include "core/backup/backupcheck.h"
#include "core/backup/backupfile.h"
#include "core/backup/backupset.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "tests/support/databasedump.h"
#include "tests/support/filesizelimit.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const QDateTime noon(QDate(2022, 6, 15), QTime(12, 0), Qt::UTC);

Entry figure(const QString &code, int month, double value)
{
    return Entry{{code, 2022, month}, value, value * 0.9, std::nullopt, u"备注"_s, u"区统计局月报"_s,
                 u"wangli"_s, QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)};
}

void recordSomeFigures(Workspace &workspace, int count)
{
    QList<Entry> entries;
    for (int i = 0; i < count; ++i)
        entries.append(figure(i % 2 ? u"retail_sales"_s : u"fai"_s, 1 + i % 12, 10.0 + i));
    workspace.entries().recordAll(entries);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("A backup holds exactly what the open database holds", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    recordSomeFigures(workspace, 300);

    BackupSet backups(path, 10);
    const Backup backup = backups.take(workspace.database().connection(), BackupReason::Manual, noon);

    CHECK(QFileInfo(backup.path).absolutePath() == folder.path(u"lukou.sqlite.backups"_s));
    CHECK(QFileInfo(backup.path).fileName() == u"20220615-120000.000Z-manual.sqlite"_s);
    CHECK(backup.size == QFileInfo(backup.path).size());
    const QStringList source = test::databaseDump(path);
    REQUIRE(source.size() > 300);
    CHECK(test::databaseDump(backup.path) == source);
    // One self-contained file: no write-ahead log needed to read it.
    CHECK(test::readOnlyValue(backup.path, u"PRAGMA journal_mode"_s) == u"delete"_s);
    CHECK(filesIn(backups.folder()) == QStringList{QFileInfo(backup.path).fileName()});

    const BackupCheck check = BackupCheck::of(backup.path);
    CHECK(check.restorable);
    CHECK(check.problem.isEmpty());
    CHECK(check.schemaVersion == workspace.database().schemaVersion());

    // The database stays usable, and later changes do not reach the copy.
    recordSomeFigures(workspace, 1);
    CHECK(test::databaseDump(backup.path) == source);
}

TEST_CASE("A backup taken while another connection is writing holds only committed figures", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace window(path);
    recordSomeFigures(window, 10);
    const QStringList committed = test::databaseDump(path);

    Workspace importer(path); // a second instance, mid-import
    Transaction importing(importer.database());
    recordSomeFigures(importer, 500);

    BackupSet backups(path, 10);
    const Backup backup = backups.take(window.database().connection(), BackupReason::Daily, noon);
    CHECK(test::databaseDump(backup.path) == committed);
    importing.commit();
    CHECK(test::databaseDump(backup.path) == committed);
    CHECK(test::databaseDump(path).size() == committed.size() + 500 + 1); // and the change set stamping them
}

TEST_CASE("Backup names carry the UTC time and the reason, and read back", "[backup]")
{
    const QDateTime at(QDate(2022, 1, 2), QTime(3, 4, 5, 67), Qt::UTC);
    for (const BackupReason reason : {BackupReason::Manual, BackupReason::Daily, BackupReason::BeforeMigration,
                                      BackupReason::BeforeRestore}) {
        const QString name = Backup::fileName(at, reason);
        INFO(name.toStdString());
        const std::optional<Backup> parsed = Backup::fromFileName(u"/tmp/x.backups/"_s + name);
        REQUIRE(parsed);
        CHECK(parsed->takenAt == at);
        CHECK(parsed->reason == reason);
        CHECK_FALSE(Backup::reasonLabel(reason).isEmpty());
    }
    CHECK(Backup::fileName(at, BackupReason::BeforeMigration) == u"20220102-030405.067Z-before-migration.sqlite"_s);
    CHECK_FALSE(Backup::fromFileName(u"lukou.sqlite"_s));
    CHECK_FALSE(Backup::fromFileName(u"20220102-030405.067Z-daily.sqlite.Ab12Cd.partial"_s));
    CHECK_FALSE(Backup::fromFileName(u"20221302-030405.067Z-daily.sqlite"_s)); // month 13
    CHECK_FALSE(Backup::fromFileName(u"20220102-030405.067Z-weekly.sqlite"_s));
}

TEST_CASE("The backup folder keeps the newest N and leaves other files alone", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    BackupSet backups(path, 3);
    QDir().mkpath(backups.folder());
    const QString notes = QDir(backups.folder()).filePath(u"notes.sqlite"_s);
    test::writeFile(notes, "kept by the user");

    QList<Backup> taken;
    for (int day = 0; day < 5; ++day)
        taken.append(backups.take(workspace.database().connection(), BackupReason::Daily, noon.addDays(day)));

    const QList<Backup> left = backups.list();
    REQUIRE(left.size() == 3);
    CHECK(left[0].takenAt == noon.addDays(4)); // newest first
    CHECK(left[1].takenAt == noon.addDays(3));
    CHECK(left[2].takenAt == noon.addDays(2));
    CHECK_FALSE(QFile::exists(taken[0].path));
    CHECK_FALSE(QFile::exists(taken[1].path));
    CHECK(QFile::exists(notes));
    CHECK(filesIn(backups.folder()).size() == 4);
}

TEST_CASE("Pruning removes what a killed backup left, once it is old enough", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    BackupSet backups(path, 3);
    backups.take(workspace.database().connection(), BackupReason::Daily, noon);
    const QString stale = QDir(backups.folder()).filePath(u"20220615-110000.000Z-daily.sqlite.Ab12Cd.partial"_s);
    const QString fresh = QDir(backups.folder()).filePath(u"20220615-115959.000Z-daily.sqlite.Xy34Zw.partial"_s);
    for (const QString &file : QStringList{stale, fresh, stale + u"-journal"_s})
        test::writeFile(file, "cut short");
    const auto setModified = [](const QString &file, const QDateTime &when) {
        QFile handle(file);
        REQUIRE(handle.open(QIODevice::ReadWrite));
        REQUIRE(handle.setFileTime(when, QFileDevice::FileModificationTime));
    };
    setModified(stale, noon.addSecs(-2 * 3600));
    setModified(stale + u"-journal"_s, noon.addSecs(-2 * 3600));
    setModified(fresh, noon.addSecs(-60));

    backups.prune(noon);
    CHECK_FALSE(QFile::exists(stale));
    CHECK_FALSE(QFile::exists(stale + u"-journal"_s));
    CHECK(QFile::exists(fresh)); // possibly still being written by another instance
    CHECK(backups.list().size() == 1);
}

TEST_CASE("Two backups in the same millisecond do not overwrite each other", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    BackupSet backups(path, 10);
    const Backup first = backups.take(workspace.database().connection(), BackupReason::Daily, noon);
    const Backup second = backups.take(workspace.database().connection(), BackupReason::Daily, noon);
    CHECK(first.path != second.path);
    CHECK(backups.list().size() == 2);
}

TEST_CASE("A daily backup is taken once per local calendar day", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    BackupSet backups(path, 10);
    const QSqlDatabase connection = workspace.database().connection();
    const QDateTime morning = QDateTime(QDate(2022, 6, 15), QTime(8, 0)).toUTC(); // local time
    const QDateTime evening = QDateTime(QDate(2022, 6, 15), QTime(20, 0)).toUTC();
    const QDateTime nextMorning = QDateTime(QDate(2022, 6, 16), QTime(8, 0)).toUTC();

    // A backup for another reason that day does not count as the daily one.
    backups.take(connection, BackupReason::Manual, morning.addSecs(-60));
    const std::optional<Backup> first = backups.takeDailyIfDue(connection, morning);
    REQUIRE(first);
    CHECK(first->reason == BackupReason::Daily);
    CHECK_FALSE(backups.takeDailyIfDue(connection, evening));
    CHECK(backups.takeDailyIfDue(connection, nextMorning));
    CHECK(backups.list().size() == 3);
}

TEST_CASE("A backup that cannot be written leaves nothing behind and says why", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    recordSomeFigures(workspace, 2000);
    const QSqlDatabase connection = workspace.database().connection();

    SECTION("the backup folder cannot be created")
    {
        // A file where the folder should be: what a read-only place or a
        // permission problem looks like to mkpath, even for root.
        test::writeFile(BackupSet::folderFor(path), "in the way");
        BackupSet backups(path, 10);
        try {
            backups.take(connection, BackupReason::Daily, noon);
            FAIL("the backup was written");
        } catch (const StorageError &error) {
            CHECK(error.code() == StorageError::Code::BackupFailed);
            CHECK(error.message().contains(u"lukou.sqlite.backups"_s));
        }
        CHECK(test::fileBytes(BackupSet::folderFor(path)) == "in the way");
    }
    SECTION("the disk fills up during the copy")
    {
        BackupSet backups(path, 10);
        const Backup earlier = backups.take(connection, BackupReason::Daily, noon);
        REQUIRE(earlier.size > 64 * 1024);
        try {
            const test::FileSizeLimit limit(16 * 1024);
            backups.take(connection, BackupReason::Manual, noon.addDays(1));
            FAIL("the backup was written");
        } catch (const StorageError &error) {
            CHECK(error.code() == StorageError::Code::BackupFailed);
            CHECK(error.message().contains(u"manual"_s)); // names the file
        }
        // No partial copy, no journal; the earlier backup is untouched.
        CHECK(filesIn(backups.folder()) == QStringList{QFileInfo(earlier.path).fileName()});
        CHECK(BackupCheck::of(earlier.path).restorable);
    }
    SECTION("the target folder does not exist")
    {
        const QString target = folder.path(u"missing/copy.sqlite"_s);
        CHECK_THROWS_AS(BackupFile::write(connection, target), StorageError);
        CHECK_FALSE(QFileInfo::exists(folder.path(u"missing"_s)));
    }
    SECTION("an existing copy is replaced only by a complete one")
    {
        const QString target = folder.path(u"copy.sqlite"_s);
        test::writeFile(target, "the previous copy");
        {
            const test::FileSizeLimit limit(16 * 1024);
            CHECK_THROWS_AS(BackupFile::write(connection, target), StorageError);
        }
        CHECK(test::fileBytes(target) == "the previous copy");
        CHECK(QDir(folder.path(u"."_s)).entryList({u"copy.sqlite*"_s}, QDir::Files) == QStringList{u"copy.sqlite"_s});
        BackupFile::write(connection, target);
        CHECK(test::databaseDump(target) == test::databaseDump(path));
    }
    // Whatever failed, the database itself is fine and still writable.
    recordSomeFigures(workspace, 1);
    CHECK(test::readOnlyValue(path, u"PRAGMA integrity_check"_s) == u"ok"_s);
}

TEST_CASE("Only a sound Zhibiao backup is offered for restore", "[backup]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    recordSomeFigures(workspace, 2000);
    BackupSet backups(path, 10);
    const Backup good = backups.take(workspace.database().connection(), BackupReason::Daily, noon);
    REQUIRE(BackupCheck::of(good.path).restorable);

    SECTION("a truncated copy")
    {
        const QByteArray whole = test::fileBytes(good.path);
        test::writeFile(good.path, whole.left(whole.size() / 2));
    }
    SECTION("random bytes")
    {
        test::writeFile(good.path, QByteArray(8192, 'x'));
    }
    SECTION("a page overwritten in the middle")
    {
        QByteArray bytes = test::fileBytes(good.path);
        const qsizetype middle = bytes.size() / 2;
        for (qsizetype i = middle; i < middle + 4096; ++i)
            bytes[i] = char(0x5a);
        test::writeFile(good.path, bytes);
    }
    SECTION("another program's database")
    {
        QFile::remove(good.path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign-backup"_s);
            db.setDatabaseName(good.path);
            REQUIRE(db.open());
            REQUIRE(QSqlQuery(db).exec(u"CREATE TABLE contacts (name TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign-backup"_s);
    }
    SECTION("a missing file")
    {
        QFile::remove(good.path);
    }
    const BackupCheck check = BackupCheck::of(good.path);
    CHECK_FALSE(check.restorable);
    CHECK_FALSE(check.problem.isEmpty());
}
