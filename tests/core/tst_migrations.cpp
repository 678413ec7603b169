// Opening a file of an older data format brings it up to date without
// losing or changing a figure: each step against a real file written the
// way that version wrote it, and the same on a server database, which
// `zhibiao server init` brings up to date (a window refuses an old one).
#include "core/storage/database.h"
#include "core/storage/districtrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/seed.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/targetrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/databasedump.h"
#include "tests/support/testserver.h"

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

// A database at version 1 (or a later one up to 4, which stored the
// same), as that version created it (and as `server
// init` of that version did), with the seed.
std::unique_ptr<Database> createAtVersion(const DatabaseLocation &location, int version)
{
    auto version1 = std::make_unique<Database>(location, migrations().first(version), BackupSet::DefaultKeep,
                                               Database::SchemaChanges::Allowed);
    // The district and the targets are stored as version 1 stored them; the
    // indicators in version 1's columns (aliases and retirement came with version 4).
    const Seed seed = bundledSeed();
    DistrictRepository(*version1).save(seed.district);
    QSqlQuery insert = prepareQuery(version1->connection(), uR"(
        INSERT INTO indicators (code, name_zh, name_en, unit, frequency, reporting, real_growth,
                                lower_is_better, sort_order)
        VALUES (:code, :name_zh, :name_en, :unit, :frequency, :reporting, :real_growth, :lower_is_better,
                :sort_order))"_s);
    for (const Indicator &indicator : seed.indicators) {
        insert.bindValue(u":code"_s, indicator.code);
        insert.bindValue(u":name_zh"_s, indicator.nameZh);
        insert.bindValue(u":name_en"_s, indicator.nameEn);
        insert.bindValue(u":unit"_s, indicator.unit);
        insert.bindValue(u":frequency"_s, toCode(indicator.frequency));
        insert.bindValue(u":reporting"_s, toCode(indicator.reporting));
        insert.bindValue(u":real_growth"_s, int(indicator.realGrowth));
        insert.bindValue(u":lower_is_better"_s, int(indicator.lowerIsBetter));
        insert.bindValue(u":sort_order"_s, indicator.sortOrder);
        execQuery(insert);
    }
    // The targets in version 1's columns too (thresholds came with version 5).
    QSqlQuery target = prepareQuery(version1->connection(), uR"(
        INSERT INTO targets (year, ordinal, title_zh, title_en, statement_zh, statement_en)
        VALUES (:year, :ordinal, :title_zh, :title_en, :statement_zh, :statement_en) RETURNING id)"_s);
    QSqlQuery criterion = prepareQuery(version1->connection(), uR"(
        INSERT INTO target_criteria (target_id, position, indicator_code, kind, figure, reference_code)
        VALUES (:target_id, :position, :indicator_code, :kind, :figure, :reference_code))"_s);
    for (const Target &seeded : seed.targets) {
        target.bindValue(u":year"_s, seeded.year);
        target.bindValue(u":ordinal"_s, seeded.ordinal);
        target.bindValue(u":title_zh"_s, seeded.titleZh);
        target.bindValue(u":title_en"_s, seeded.titleEn);
        target.bindValue(u":statement_zh"_s, seeded.statementZh);
        target.bindValue(u":statement_en"_s, seeded.statementEn);
        execQuery(target);
        target.next();
        const QVariant id = target.value(0);
        target.finish();
        int position = 0;
        for (const Criterion &part : seeded.criteria) {
            criterion.bindValue(u":target_id"_s, id);
            criterion.bindValue(u":position"_s, ++position);
            criterion.bindValue(u":indicator_code"_s, part.indicatorCode);
            criterion.bindValue(u":kind"_s, toCode(part.kind));
            criterion.bindValue(u":figure"_s, toSqlValue(part.figure));
            criterion.bindValue(u":reference_code"_s, part.referenceCode.isEmpty()
                                                          ? QVariant(QMetaType::fromType<QString>())
                                                          : QVariant(part.referenceCode));
            execQuery(criterion);
        }
    }
    return version1;
}

std::unique_ptr<Database> createVersion1(const DatabaseLocation &location)
{
    return createAtVersion(location, 1);
}

// The schema version as recorded in the database, read from outside.
QString recordedVersion(const DatabaseLocation &location)
{
    return test::readOnlyValue(location, location.isServer() ? u"SELECT version FROM zhibiao_schema"_s
                                                             : u"PRAGMA user_version"_s);
}

StorageError::Code openingFails(const std::function<void()> &open)
{
    try {
        open();
    } catch (const StorageError &error) {
        INFO(error.message().toStdString());
        return error.code();
    }
    FAIL("the database was opened");
    return StorageError::Code::QueryFailed;
}

} // namespace

TEST_CASE("Version 1 revisions keep their figures, order and stamps in version 2's change sets", "[storage][migration]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    {
        // Two imports of one file (5 and 6), then a correction typed by hand.
        const std::unique_ptr<Database> version1 = createVersion1(place.location());
        const QString importTime = u"2022-07-15T08:00:00.000Z"_s;
        insertVersion1Revision(*version1, 5, 38.62, u"5月快报.csv"_s, u"wangli"_s, importTime);
        insertVersion1Revision(*version1, 6, 46.10, u"5月快报.csv"_s, u"wangli"_s, importTime);
        insertVersion1Revision(*version1, 5, 38.70, u""_s, u"liqiang"_s, u"2022-07-16T09:30:12.345Z"_s);
        REQUIRE(version1->schemaVersion() == 1);
    }
    if (engine == Engine::PostgreSql) {
        // A window finds a server's schema in place: an old one is the
        // administrator's to update, and the window leaves it as it is.
        const QStringList before = test::databaseDump(place.location());
        CHECK(openingFails([&] { Workspace window(place.location()); }) == StorageError::Code::NotInitialized);
        CHECK(test::databaseDump(place.location()) == before);
    }

    // A file is updated when it is opened, a server database by server init.
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const Database &database = workspace.database();
    CHECK(database.schemaVersion() == latestSchemaVersion());
    CHECK(recordedVersion(place.location()) == QString::number(latestSchemaVersion()));
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

    if (engine == Engine::Sqlite) {
        CHECK(scalar(database, u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
        CHECK_FALSE(execStatement(database.connection(), u"PRAGMA foreign_key_check"_s).next());
        // The step's own index is gone; revisions need none (they are kept by
        // cell). Left are version 5's, which keep one unit the district's own
        // and one the city, and version 6's, which finds a month's log.
        CHECK(scalar(database, uR"(SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master
                                   WHERE type = 'index' AND sql IS NOT NULL ORDER BY name))"_s)
                  .toString()
              == u"approval_log_by_month,one_city,one_own_district"_s);
        // Reference checks are on again after the step.
        CHECK(scalar(database, u"PRAGMA foreign_keys"_s).toInt() == 1);
    } else {
        // The step's own index is gone, and so is version 1's; and version
        // 3's sequence of revision ids made the one that found the highest
        // id unneeded: only the indexes of keys and unique codes are left,
        // version 5's (one unit the district's own, one the city) and version
        // 6's (a month's log).
        CHECK(scalar(database, uR"(
                  SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_catalog.pg_index AS x
                  JOIN pg_catalog.pg_class AS c ON c.oid = x.indexrelid
                  JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
                  WHERE n.nspname = current_schema()
                    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint AS k WHERE k.conindid = x.indexrelid))"_s)
                  .toString()
              == u"approval_log_by_month,one_city,one_own_district"_s);
        // The references to the rebuilt indicators were made again: two
        // from the targets' criteria as foreign keys (and version 4's
        // aliases', version 5's peer figures', version 6's responsibilities,
        // states and log), the revisions' by version 3's triggers, which
        // check a statement's rows at once; and every commit is announced
        // again by the tables' triggers (and those of version 4's aliases,
        // version 5's comparison table and version 6's six tables).
        CHECK(scalar(database, uR"(SELECT count(*) FROM pg_catalog.pg_constraint
                                   WHERE contype = 'f' AND confrelid = 'indicators'::regclass)"_s)
                  .toInt()
              == 7);
        CHECK(scalar(database, uR"(SELECT count(*) FROM pg_catalog.pg_constraint
                                   WHERE contype = 'f' AND conrelid = 'entry_revisions'::regclass)"_s)
                  .toInt()
              == 0);
        CHECK(scalar(database, uR"(SELECT count(*) FROM pg_catalog.pg_trigger
                                   WHERE NOT tgisinternal AND tgname LIKE 'check\_revision\_%')"_s)
                  .toInt()
              == 2);
        CHECK(scalar(database, uR"(SELECT count(*) FROM pg_catalog.pg_trigger
                                   WHERE NOT tgisinternal AND tgname LIKE 'announce\_%')"_s)
                  .toInt()
              == 14);
    }
    // Targets still refer to their indicators by code, and a target on an
    // unknown indicator is refused: the references are checked.
    CHECK(workspace.targets().forYear(2022).size() == 10);
    QList<Target> unknown = workspace.targets().forYear(2022);
    unknown[0].criteria[0].indicatorCode = u"no_such_indicator"_s;
    CHECK_THROWS_AS(workspace.targets().replaceYear(2022, unknown), StorageError);
    unknown[0].criteria[0].indicatorCode = u"gdp"_s;
    unknown[1].criteria[0].referenceCode = u"no_such_indicator"_s;
    CHECK_THROWS_AS(workspace.targets().replaceYear(2022, unknown), StorageError);
    CHECK(workspace.targets().forYear(2022).size() == 10);

    // And the file goes on taking figures.
    Entry july{{u"retail_sales"_s, 2022, 7}, 53.2, std::nullopt, 11.9, {}, u"7月快报.csv"_s, u"wangli"_s,
               utc(u"2022-08-15T08:00:00.000Z"_s)};
    workspace.entries().record(july);
    CHECK(workspace.entries().latest(july.key) == july);
    // A cell with revisions from before takes a new one as its latest: new
    // ids go on after the migrated ones.
    Entry mayAgain = july;
    mayAgain.key.month = 5;
    mayAgain.ytdValue = 38.75;
    workspace.entries().record(mayAgain);
    CHECK(workspace.entries().latest(mayAgain.key) == mayAgain);
    CHECK(workspace.entries().history(mayAgain.key).size() == 3);
    // ... and indicators: the rebuilt table gives a new one the next key.
    const Indicator added{u"forest_cover"_s, u"森林覆盖率"_s, u"Forest cover"_s, u"%"_s,
                          Frequency::Annual, Reporting::Level, false, false, 42, {}, 0};
    workspace.indicators().save(added);
    CHECK(workspace.indicators().find(added.code) == added);
}

TEST_CASE("A version 1 file without figures migrates to an empty history", "[storage][migration]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    createVersion1(place.location());
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    CHECK(workspace.database().schemaVersion() == latestSchemaVersion());
    CHECK(scalar(workspace.database(), u"SELECT count(*) FROM change_sets"_s).toInt() == 0);
    CHECK(workspace.entries().forYear(2022).isEmpty());
}

TEST_CASE("A version 1 revision of an unknown indicator stops the update and the file stays as it was",
          "[storage][migration]")
{
    // Version 1 checked references, so such a revision could only come from
    // a file written without the checks (on a server: with the table's
    // reference triggers disabled by its superuser): never dropped silently.
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const QString orphan = uR"(
        INSERT INTO entry_revisions (indicator_code, year, month, ytd_value, source, entered_by, entered_at)
        VALUES ('no_such_indicator', 2022, 5, 1.5, '', 'wangli', '2022-07-15T08:00:00.000Z'))"_s;
    {
        const std::unique_ptr<Database> version1 = createVersion1(place.location());
        if (engine == Engine::Sqlite) {
            execStatement(version1->connection(), u"PRAGMA foreign_keys = OFF"_s);
            execStatement(version1->connection(), orphan);
        }
    }
    if (engine == Engine::PostgreSql) {
        const QString name = place.location().serverAddress().databaseName;
        test::onServer(name, u"ALTER TABLE entry_revisions DISABLE TRIGGER ALL"_s);
        test::onServer(name, orphan);
        test::onServer(name, u"ALTER TABLE entry_revisions ENABLE TRIGGER ALL"_s);
    }
    const QStringList before = test::databaseDump(place.location());
    CHECK(openingFails([&] { place.open(); }) == StorageError::Code::QueryFailed);
    CHECK(test::databaseDump(place.location()) == before);
    CHECK(recordedVersion(place.location()) == u"1"_s);
}

TEST_CASE("Version 4 gives the seeded indicators the aliases the program carried, and keeps every indicator tracked",
          "[storage][migration]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    {
        const std::unique_ptr<Database> version3 = createAtVersion(place.location(), 3);
        // An indicator the office added itself has no aliases to inherit.
        execStatement(version3->connection(), uR"(
            INSERT INTO indicators (code, name_zh, name_en, unit, frequency, reporting, sort_order)
            VALUES ('tourism', '旅游总收入', 'Tourism revenue', '亿元', 'quarterly', 'amount_growth', 99))"_s);
    }
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    CHECK(workspace.database().schemaVersion() == latestSchemaVersion());
    const auto retail = workspace.indicators().find(u"retail_sales"_s);
    REQUIRE(retail);
    CHECK(retail->aliases
          == QStringList{u"社会消费品零售额"_s, u"社零总额"_s, u"社零额"_s, u"社会消费品零售总额（限上）"_s});
    CHECK(workspace.indicators().find(u"pm25"_s)->aliases.contains(u"PM2.5"_s));
    CHECK(workspace.indicators().find(u"tourism"_s)->aliases.isEmpty());
    for (const Indicator &indicator : workspace.indicators().all())
        CHECK(indicator.retiredFrom == 0);
    // The same aliases as a new database's seed: one list, two ways in.
    for (const Indicator &seeded : bundledSeed().indicators)
        CHECK(workspace.indicators().find(seeded.code)->aliases == seeded.aliases);
}

TEST_CASE("Version 5 gives a Zhuzhou database the city's comparison units, its own marked, and others none",
          "[storage][migration]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const bool zhuzhou = GENERATE(true, false);
    INFO((zhuzhou ? "a district of Zhuzhou" : "a district of another city"));
    const test::TestDatabase place(engine);
    {
        const std::unique_ptr<Database> version4 = createAtVersion(place.location(), 4);
        if (!zhuzhou)
            execStatement(version4->connection(),
                          uR"(UPDATE district SET name_zh = '雨湖区', city_zh = '湘潭市', city_en = 'Xiangtan')"_s);
    }
    const std::unique_ptr<Workspace> opened = place.open();
    const QList<ComparisonUnit> units = opened->comparison().units();
    if (!zhuzhou) {
        CHECK(units.isEmpty());
        return;
    }
    // The same units as a new database's seed, in the same order: one list, two ways in.
    CHECK(units == bundledSeed().comparisonUnits);
    REQUIRE(units.size() == 10);
    CHECK(units.first().nameZh == u"全市"_s);
    CHECK(units.first().kind == ComparisonUnit::Kind::City);
    QStringList own;
    for (const ComparisonUnit &unit : units) {
        if (unit.ownDistrict)
            own.append(unit.nameZh);
    }
    CHECK(own == QStringList{u"渌口区"_s});
}

TEST_CASE("Version 6 gives a database with a district the bureaus and what each reports, as a new one has them",
          "[storage][migration][approval]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    createAtVersion(place.location(), 4);
    const std::unique_ptr<Workspace> opened = place.open();
    const Seed seed = bundledSeed();
    // One list, two ways in: the migration's frozen copy and the seed agree.
    CHECK(opened->approvals().units() == seed.responsibleUnits);
    CHECK(opened->approvals().responsibilities(2022) == seed.responsibilities);
    // No month has been acted on.
    for (const MonthApproval &row : opened->approvals().month(2022, 6))
        CHECK(row.record.state == ApprovalState::Open);
}
