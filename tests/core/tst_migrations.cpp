// Opening a file of an older data format brings it up to date without
// losing or changing a figure: each step against a real file written the
// way that version wrote it.
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/seed.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/databasedump.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const Database &database, const QString &sql)
{
    QSqlQuery query = execStatement(database.connection(), sql);
    REQUIRE(query.next());
    return query.value(0);
}

// A revision as version 1 stored it, its stamp on every row.
void insertVersion1Revision(const Database &database, int month, double value, const QString &source,
                            const QString &login, const QString &time)
{
    QSqlQuery insert = prepareQuery(database.connection(), uR"(
        INSERT INTO entry_revisions (indicator_code, year, month, ytd_value, last_year_value, published_growth,
                                     note, source, entered_by, entered_at)
        VALUES ('retail_sales', 2022, :month, :value, NULL, 12.2, '', :source, :login, :time))"_s);
    insert.bindValue(u":month"_s, month);
    insert.bindValue(u":value"_s, value);
    insert.bindValue(u":source"_s, source);
    insert.bindValue(u":login"_s, login);
    insert.bindValue(u":time"_s, time);
    execQuery(insert);
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

TEST_CASE("Version 1 revisions keep their figures, order and stamps in version 2's change sets", "[storage][migration]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"version1.sqlite"_s);
    {
        // Two imports of one file (5 and 6), then a correction typed by hand.
        Database version1(path, migrations().first(1));
        writeSeed(version1, bundledSeed());
        const QString importTime = u"2022-07-15T08:00:00.000Z"_s;
        insertVersion1Revision(version1, 5, 38.62, u"5月快报.csv"_s, u"wangli"_s, importTime);
        insertVersion1Revision(version1, 6, 46.10, u"5月快报.csv"_s, u"wangli"_s, importTime);
        insertVersion1Revision(version1, 5, 38.70, u""_s, u"liqiang"_s, u"2022-07-16T09:30:12.345Z"_s);
        REQUIRE(version1.schemaVersion() == 1);
    }

    Workspace workspace(path);
    const Database &database = workspace.database();
    CHECK(database.schemaVersion() == latestSchemaVersion());
    // One change set per stamp, not per revision.
    CHECK(scalar(database, u"SELECT count(*) FROM change_sets"_s).toInt() == 2);

    const QList<Entry> may = workspace.entries().history({u"retail_sales"_s, 2022, 5});
    REQUIRE(may.size() == 2);
    CHECK(may.at(0).ytdValue == 38.62);
    CHECK(may.at(0).source == u"5月快报.csv"_s);
    CHECK(may.at(0).enteredBy == u"wangli"_s);
    CHECK(may.at(0).enteredAt == utc(u"2022-07-15T08:00:00.000Z"_s));
    CHECK(may.at(1).ytdValue == 38.70); // the later revision is still the latest
    CHECK(may.at(1).source.isEmpty());
    CHECK(may.at(1).enteredBy == u"liqiang"_s);
    CHECK(may.at(1).enteredAt == utc(u"2022-07-16T09:30:12.345Z"_s));
    CHECK(workspace.entries().latest({u"retail_sales"_s, 2022, 5})->ytdValue == 38.70);
    const std::optional<Entry> june = workspace.entries().latest({u"retail_sales"_s, 2022, 6});
    REQUIRE(june);
    CHECK(june->ytdValue == 46.10);
    CHECK(june->publishedGrowth == 12.2);
    CHECK(june->source == u"5月快报.csv"_s);
    CHECK(workspace.entries().forYear(2022).size() == 2);

    CHECK(scalar(database, u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
    CHECK_FALSE(execStatement(database.connection(), u"PRAGMA foreign_key_check"_s).next());
    // The step's own index is gone; revisions need none (they are kept by cell).
    CHECK(scalar(database, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"_s)
              .toInt()
          == 0);
    // Reference checks are on again after the step.
    CHECK(scalar(database, u"PRAGMA foreign_keys"_s).toInt() == 1);
    // Targets still refer to their indicators by code.
    CHECK(workspace.targets().forYear(2022).size() == 10);

    // And the file goes on taking figures.
    Entry july{{u"retail_sales"_s, 2022, 7}, 53.2, std::nullopt, 11.9, {}, u"7月快报.csv"_s, u"wangli"_s,
               utc(u"2022-08-15T08:00:00.000Z"_s)};
    workspace.entries().record(july);
    CHECK(workspace.entries().latest(july.key) == july);
}

TEST_CASE("A version 1 file without figures migrates to an empty history", "[storage][migration]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"empty1.sqlite"_s);
    {
        Database version1(path, migrations().first(1));
        writeSeed(version1, bundledSeed());
    }
    Workspace workspace(path);
    CHECK(workspace.database().schemaVersion() == latestSchemaVersion());
    CHECK(scalar(workspace.database(), u"SELECT count(*) FROM change_sets"_s).toInt() == 0);
    CHECK(workspace.entries().forYear(2022).isEmpty());
}

TEST_CASE("A version 1 revision of an unknown indicator stops the update and the file stays as it was",
          "[storage][migration]")
{
    // Version 1 checked references, so such a revision could only come from
    // a file written without the checks: never dropped silently.
    test::TestFolder folder;
    const QString path = folder.path(u"orphan1.sqlite"_s);
    {
        Database version1(path, migrations().first(1));
        writeSeed(version1, bundledSeed());
        execStatement(version1.connection(), u"PRAGMA foreign_keys = OFF"_s);
        execStatement(version1.connection(), uR"(
            INSERT INTO entry_revisions (indicator_code, year, month, ytd_value, source, entered_by, entered_at)
            VALUES ('no_such_indicator', 2022, 5, 1.5, '', 'wangli', '2022-07-15T08:00:00.000Z'))"_s);
    }
    const QStringList before = test::databaseDump(path);
    CHECK_THROWS_AS(Workspace(path), StorageError);
    CHECK(test::databaseDump(path) == before);
    CHECK(test::readOnlyValue(path, u"PRAGMA user_version"_s) == u"1"_s);
}
