// A database file the user may only read opens read-only: it is read and
// copied, never migrated, seeded or written, and not one byte of it
// changes.
//
// How read-only-ness is made real here: the suite runs as root in CI, and
// root ignores permission bits, so access(W_OK) alone would call every file
// writable. Zhibiao decides from the owner's write bit as well
// (isWritablePlace), which chmod sets for root too; then the file is opened
// with SQLite's read-only flag, which SQLite enforces whoever the user is.
// So each case below chmods the file or its folder, and checks both the
// decision (isReadOnly) and that SQLite itself refuses a write.
#include "core/storage/migrations.h"
#include "core/storage/sqlite/databasefile.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <vector>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const EntryKey retailMay{u"retail_sales"_s, 2022, 5};

constexpr QFile::Permissions readOnlyFile = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr QFile::Permissions readOnlyFolder = readOnlyFile | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;

// Gives a folder its write permission back at the end, so that the
// temporary folder can be removed.
class FolderPermissions
{
public:
    explicit FolderPermissions(QString folder) : m_folder(std::move(folder)), m_before(QFile::permissions(m_folder)) {}
    ~FolderPermissions() { QFile::setPermissions(m_folder, m_before); }
    FolderPermissions(const FolderPermissions &) = delete;
    FolderPermissions &operator=(const FolderPermissions &) = delete;

private:
    QString m_folder;
    QFile::Permissions m_before;
};

// A seeded database with one figure, closed again.
QString databaseWithFigure(const test::TestFolder &folder)
{
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    workspace.entries().record(Entry{retailMay, 38.62, 34.41, 12.2, u"含限上企业快报"_s, u"区统计局月报"_s,
                                     u"wangli"_s, QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)});
    return path;
}

// The file's folder as it lists, to prove nothing was made beside it.
QStringList folderListing(const QString &path)
{
    return QFileInfo(path).dir().entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// What SQLite answers to a write on the connection, past Zhibiao's own refusal.
QString rawWriteError(Database &database)
{
    QSqlQuery query(database.connection());
    if (query.exec(u"UPDATE district SET name_en = 'changed'"_s))
        return {};
    return query.lastError().text();
}

StorageError::Code refusal(const std::function<void()> &open, QString *message = nullptr)
{
    try {
        open();
    } catch (const StorageError &error) {
        INFO(error.message().toStdString());
        if (message)
            *message = error.message();
        return error.code();
    }
    FAIL("the file was opened");
    return StorageError::Code::QueryFailed;
}

// The schema's history plus one more step, as the next release might bring:
// opening a current file with these steps is opening an older file.
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

TEST_CASE("A read-only file opens read-only, shows its figures and is left byte for byte", "[storage][readonly]")
{
    test::TestFolder folder;
    const QString path = databaseWithFigure(folder);
    REQUIRE(QFile::setPermissions(path, readOnlyFile));
    const QByteArray before = test::fileBytes(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    {
        Workspace workspace(path);
        CHECK(workspace.database().isReadOnly());
        CHECK_FALSE(workspace.wasSeeded());
        CHECK(workspace.district().nameZh == u"渌口区"_s);
        CHECK(workspace.entries().latest(retailMay)->ytdValue == 38.62);
        CHECK(workspace.targets().years().contains(2022));

        // Zhibiao refuses a write in words...
        QString message;
        CHECK(refusal([&] { workspace.entries().record(Entry{retailMay, 40.0, 34.41, {}, {}, {}, u"li"_s,
                                                             QDateTime::currentDateTimeUtc()}); },
                      &message)
              == StorageError::Code::ReadOnly);
        CHECK(message.contains(u"lukou.sqlite"_s));
        CHECK(message.contains(u"read-only"_s));
        CHECK(refusal([&] {
                  District district = workspace.district();
                  district.nameEn = u"Changed"_s;
                  workspace.setDistrict(district);
              })
              == StorageError::Code::ReadOnly);
        CHECK(workspace.district().nameEn == u"Lukou District"_s);
        // ...and SQLite, opened read-only, refuses it too, even for root.
        CHECK(rawWriteError(workspace.database()).contains(u"readonly"_s));

        // An import plans through a second connection: read-only as well.
        Database second(Database::SecondConnection{workspace.database()});
        CHECK(second.isReadOnly());
        CHECK(rawWriteError(second).contains(u"readonly"_s));
    }
    CHECK(test::fileBytes(path) == before);
    CHECK(QFileInfo(path).lastModified() == modified);
    CHECK(QFileInfo(path + u"-wal"_s).size() == 0); // a reader may leave an empty log, never one with content
}

TEST_CASE("A file in a read-only folder opens read-only, and nothing is made beside it", "[storage][readonly]")
{
    test::TestFolder folder;
    const QString path = databaseWithFigure(folder);
    const QString place = QFileInfo(path).absolutePath();
    const QStringList listed = folderListing(path);
    REQUIRE_FALSE(listed.contains(u"lukou.sqlite-wal"_s));
    const QByteArray before = test::fileBytes(path);
    const FolderPermissions restore(place);
    REQUIRE(QFile::setPermissions(place, readOnlyFolder));
    CHECK_FALSE(isWritablePlace(place));
    CHECK(isWritablePlace(path)); // the file itself may be written: its folder decides
    {
        Workspace workspace(path);
        CHECK(workspace.database().isReadOnly());
        CHECK(workspace.entries().latest(retailMay)->ytdValue == 38.62);
        CHECK(rawWriteError(workspace.database()).contains(u"readonly"_s));
        // SQLite would make the log's shared index beside the file; it is
        // told instead that the file does not change (immutable).
        CHECK(folderListing(path) == listed);
    }
    CHECK(folderListing(path) == listed);
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A read-only file of an older format is refused: it needs upgrading by someone who can write it",
          "[storage][readonly]")
{
    test::TestFolder folder;
    const QString path = databaseWithFigure(folder);
    REQUIRE(QFile::setPermissions(path, readOnlyFile));
    const QByteArray before = test::fileBytes(path);
    QString message;
    CHECK(refusal([&] { Database database(path, withNextVersion()); }, &message) == StorageError::Code::ReadOnly);
    CHECK(message.contains(u"lukou.sqlite"_s));
    CHECK(message.contains(u"older"_s));
    CHECK(message.contains(QString::number(latestSchemaVersion() + 1)));
    CHECK(test::fileBytes(path) == before);
    // No backup before a migration either: nothing was to be migrated.
    CHECK(folderListing(path).filter(u"backups"_s).isEmpty());
    CHECK(QFileInfo(path + u"-wal"_s).size() == 0); // the look before opening may leave an empty log
}

TEST_CASE("A read-only file that would need setting up is refused untouched", "[storage][readonly]")
{
    test::TestFolder folder;
    SECTION("an empty file")
    {
        const QString path = folder.path(u"empty.sqlite"_s);
        test::writeFile(path, {});
        REQUIRE(QFile::setPermissions(path, readOnlyFile));
        CHECK(refusal([&] { Workspace workspace(path); }) == StorageError::Code::ReadOnly);
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("a new file in a read-only folder")
    {
        const QString place = QFileInfo(folder.path(u"x"_s)).absolutePath();
        const FolderPermissions restore(place);
        REQUIRE(QFile::setPermissions(place, readOnlyFolder));
        const QString path = folder.path(u"new.sqlite"_s);
        CHECK(refusal([&] { Workspace workspace(path); }) == StorageError::Code::ReadOnly);
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("A writable file is not read-only", "[storage][readonly]")
{
    test::TestFolder folder;
    const QString path = databaseWithFigure(folder);
    Workspace workspace(path);
    CHECK_FALSE(workspace.database().isReadOnly());
    CHECK(isWritablePlace(path));
}
