#include "core/storage/migrations.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// Opens the file the way the user would and checks the refusal: the right
// reason, a message naming the file, and not one byte of it changed.
void checkRefused(const QString &path, StorageError::Code expected)
{
    const QByteArray before = test::fileBytes(path);
    try {
        Workspace workspace(path);
        FAIL("the file was opened");
    } catch (const StorageError &error) {
        CHECK(error.code() == expected);
        CHECK(error.message().contains(QFileInfo(path).fileName()));
    }
    CHECK(test::fileBytes(path) == before);
    // A read-only look at a WAL database may leave an empty log beside it,
    // never one with content.
    CHECK(QFileInfo(path + u"-wal"_s).size() == 0);
}

// Writes a plain SQLite database with one table, through a raw connection.
void createSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = u"raw-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            REQUIRE(query.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("A file of random bytes is refused untouched", "[storage][open]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"random.sqlite"_s);
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator generator(20220213);
    for (char &byte : noise)
        byte = char(generator.bounded(256));
    test::writeFile(path, noise);
    checkRefused(path, StorageError::Code::NotADatabase);
}

TEST_CASE("A text file is refused untouched", "[storage][open]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"notes.txt"_s);
    test::writeFile(path, "指标,1-5月累计\nGDP,8.5\n");
    checkRefused(path, StorageError::Code::NotADatabase);
}

TEST_CASE("Another program's SQLite database is refused untouched", "[storage][open]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"other.sqlite"_s);
    createSqliteFile(path, {u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s,
                            u"INSERT INTO contacts VALUES ('王', '0731-1234567')"_s});
    checkRefused(path, StorageError::Code::ForeignDatabase);
}

TEST_CASE("A database from a newer Zhibiao is refused untouched", "[storage][open]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"newer.sqlite"_s);
    { Workspace workspace(path); }
    createSqliteFile(path, {u"PRAGMA user_version = "_s + QString::number(latestSchemaVersion() + 1)});
    checkRefused(path, StorageError::Code::NewerVersion);
}

TEST_CASE("A truncated database is refused untouched", "[storage][open]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"truncated.sqlite"_s);
    {
        Workspace workspace(path);
        QList<Entry> many;
        for (int i = 0; i < 2000; ++i)
            many.append(Entry{{u"retail_sales"_s, 2000 + i % 20, 1 + i % 12}, double(i), double(i) * 0.9,
                              std::nullopt, u"备注 %1"_s.arg(i), {}, u"test"_s, QDateTime::currentDateTimeUtc()});
        workspace.entries().recordAll(many);
    }
    const QByteArray whole = test::fileBytes(path);
    REQUIRE(whole.size() > 40000);
    test::writeFile(path, whole.left(whole.size() / 2));
    checkRefused(path, StorageError::Code::Corrupt);
}

TEST_CASE("A database cannot be created in a folder that does not exist", "[storage][open]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"missing/folder/new.sqlite"_s);
    CHECK_THROWS_MATCHES(Workspace(path), StorageError,
                         Catch::Predicate<StorageError>([](const StorageError &error) {
                             return error.code() == StorageError::Code::MissingFolder;
                         }));
    CHECK_FALSE(QFile::exists(path));
}
