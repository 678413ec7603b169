#include "core/storage/migrations.h"
#include "core/storage/seed.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QVariant scalar(Database &database, const QString &sql)
{
    QSqlQuery query = execStatement(database.connection(), sql);
    REQUIRE(query.next());
    return query.value(0);
}

Entry sampleEntry()
{
    // Retail sales 1-5月 2022: 38.62 亿元 against 34.41 last year, published +12.2%.
    return Entry{{u"retail_sales"_s, 2022, 5}, 38.62, 34.41, 12.2, u"含限上企业快报"_s, u"区统计局月报"_s,
                 u"wangli"_s, QDateTime(QDate(2022, 6, 15), QTime(9, 30, 12, 345), Qt::UTC)};
}

} // namespace

TEST_CASE("A new file gets the whole schema, its version and our application id", "[storage]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"schema.sqlite"_s);
    Workspace workspace(path);
    Database &database = workspace.database();
    CHECK(database.schemaVersion() == latestSchemaVersion());
    CHECK(scalar(database, u"PRAGMA application_id"_s).toInt() == ApplicationId);
    CHECK(scalar(database, u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(scalar(database, u"PRAGMA foreign_keys"_s).toInt() == 1);
    for (const QString &table : {u"district"_s, u"indicators"_s, u"targets"_s, u"target_criteria"_s,
                                 u"entry_revisions"_s, u"change_sets"_s, u"current_entries"_s}) {
        INFO(table.toStdString());
        QSqlQuery query = prepareQuery(database.connection(), u"SELECT count(*) FROM sqlite_master WHERE name = :n"_s);
        query.bindValue(u":n"_s, table);
        execQuery(query);
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
    }
}

TEST_CASE("An empty file becomes a new database", "[storage]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"empty.sqlite"_s);
    test::writeFile(path, {});
    Workspace workspace(path);
    CHECK(workspace.targets().forYear(2022).size() == 10);
}

TEST_CASE("Every domain type survives a round trip through the database", "[storage]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);

    const Indicator indicator{u"forest_cover"_s, u"森林覆盖率"_s, u"Forest cover"_s, u"%"_s,
                              Frequency::Annual, Reporting::Level, false, false, 42, {}, 0};
    const Target target{2023, 1, u"森林覆盖率"_s, u"Forest cover"_s, u"稳定在60%以上"_s, u"Above 60%"_s,
                        {Criterion{u"forest_cover"_s, CriterionKind::AmountAtLeast, 60.0, {}},
                         Criterion{u"unemployment"_s, CriterionKind::BelowReference, std::nullopt,
                                   u"unemployment_city"_s}}};
    const Entry full = sampleEntry();
    // Only a growth rate, as industrial value added is published.
    const Entry growthOnly{{u"industry_va"_s, 2022, 2}, std::nullopt, std::nullopt, -3.5, {}, {}, u"li"_s,
                           QDateTime(QDate(2022, 3, 18), QTime(8, 0), Qt::UTC)};
    {
        const std::unique_ptr<Workspace> workspace = place.open();
        workspace->indicators().save(indicator);
        workspace->targets().replaceYear(2023, {target});
        workspace->entries().record(full);
        workspace->entries().record(growthOnly);
    }
    Workspace reopened(place.location());
    CHECK(reopened.indicators().find(indicator.code) == indicator);
    CHECK(reopened.targets().forYear(2023) == QList<Target>{target});
    CHECK(reopened.entries().latest(full.key) == full);
    CHECK(reopened.entries().latest(growthOnly.key) == growthOnly);
    CHECK(reopened.district().currentYear == 2022);
    // The 2023 targets did not disturb 2022.
    CHECK(reopened.targets().forYear(2022).size() == 10);
    CHECK(reopened.targets().years() == QList<int>{2022, 2023});
}

TEST_CASE("A later year's targets are entered the same way as the seed's", "[storage]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    QList<Target> next = workspace.targets().forYear(2022);
    for (Target &target : next)
        target.year = 2023;
    next[0].statementZh = u"增长7%"_s;
    next[0].criteria[0].figure = 7.0;
    workspace.targets().replaceYear(2023, next);
    CHECK(workspace.targets().forYear(2023) == next);
    CHECK(workspace.targets().forYear(2022).at(0).criteria.at(0).figure == 8.5);
}

TEST_CASE("A target on an unknown indicator is refused and nothing of the year changes", "[storage]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const QList<Target> before = workspace.targets().forYear(2022);
    QList<Target> changed = before;
    changed[0].statementZh = u"增长9%"_s;
    changed[1].criteria[0].indicatorCode = u"no_such_indicator"_s;
    CHECK_THROWS_AS(workspace.targets().replaceYear(2022, changed), StorageError);
    CHECK(workspace.targets().forYear(2022) == before);
}
