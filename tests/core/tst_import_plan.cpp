// Files of figures planned against a real database and applied: what is
// new, what is revised, what is rejected and why, and all or nothing.
#include "core/import/importerror.h"
#include "core/import/importplan.h"
#include "core/import/importsession.h"
#include "core/import/importsummary.h"
#include "core/import/mappingmemory.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/databasedump.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QSettings>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(ZHIBIAO_TEST_DATA) + u"/import/"_s + name;
}

const EntryStamp stamp{u"test.csv"_s, u"wang"_s, QDateTime(QDate(2022, 6, 20), QTime(9, 30), Qt::UTC)};

ImportPlan planFor(Workspace &workspace, const QString &path, const ImportOptions &options = {},
                   const TableFileOptions &fileOptions = {})
{
    return ImportSession(path, fileOptions).plan(workspace.database(), options);
}

struct Figures
{
    std::optional<double> ytd;
    std::optional<double> lastYear;
    std::optional<double> growth;
};

Figures stored(Workspace &workspace, const QString &code, int month, int year = 2022)
{
    const auto entry = workspace.entries().latest(EntryKey{code, year, month});
    if (!entry)
        return {};
    return {entry->ytdValue, entry->lastYearValue, entry->publishedGrowth};
}

bool operator==(const Figures &a, const Figures &b)
{
    return a.ytd == b.ytd && a.lastYear == b.lastYear && a.growth == b.growth;
}

int revisionCount(Workspace &workspace)
{
    QSqlQuery query(workspace.database().connection());
    REQUIRE(query.exec(u"SELECT count(*) FROM entry_revisions"_s));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void checkLongTable(Workspace &workspace)
{
    CHECK(stored(workspace, u"gdp"_s, 3) == Figures{78.6, 72.1, 7.5});
    CHECK(stored(workspace, u"industry_va"_s, 2) == Figures{{}, {}, 12.5});
    CHECK(stored(workspace, u"industry_va"_s, 5) == Figures{{}, {}, 10.8});
    CHECK(workspace.entries().latest({u"industry_va"_s, 2022, 5})->note == u"春节因素"_s);
    CHECK(stored(workspace, u"fai"_s, 5) == Figures{{}, {}, 16.2});
    CHECK(stored(workspace, u"budget_revenue"_s, 5) == Figures{38620.5, 35100, 10.0});
    CHECK(stored(workspace, u"retail_sales"_s, 6) == Figures{45.32, 41.2, 10.0});
    CHECK(stored(workspace, u"unemployment"_s, 5) == Figures{5.1, 5.3, {}});
    CHECK(stored(workspace, u"pm25"_s, 9) == Figures{32, 35, {}});
    CHECK(stored(workspace, u"grain"_s, 12) == Figures{123456, 120000, 2.9});
}

} // namespace

TEST_CASE("A long table in UTF-8, UTF-8 with BOM and GBK imports the same figures", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    for (const QString &file : {u"long-utf8.csv"_s, u"long-utf8-bom.csv"_s, u"long-gbk.csv"_s}) {
        INFO(file.toStdString());
        const test::TestDatabase place(engine);
        const std::unique_ptr<Workspace> opened = place.open();
        Workspace &workspace = *opened;
        const ImportPlan plan = planFor(workspace, dataFile(file));
        CHECK(plan.additions().size() == 9);
        CHECK(plan.revisions().isEmpty());
        CHECK(plan.rejected().isEmpty());
        CHECK(plan.rowsRead() == 9);
        plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, stamp);
        checkLongTable(workspace);
        const Entry entry = *workspace.entries().latest({u"gdp"_s, 2022, 3});
        CHECK(entry.source == u"test.csv"_s);
        CHECK(entry.enteredBy == u"wang"_s);
        CHECK(entry.enteredAt == stamp.enteredAt);
    }
}

TEST_CASE("The GBK file can be read with the encoding chosen by hand", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    CHECK(planFor(workspace, dataFile(u"long-gbk.csv"_s), {}, {TextEncoding::Gb18030, {}}).additions().size() == 9);
    CHECK_THROWS_AS(planFor(workspace, dataFile(u"long-gbk.csv"_s), {}, {TextEncoding::Utf8, {}}), ImportError);
}

TEST_CASE("A bureau's wide table: title year and period, merged group headers, aliases, units", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const ImportPlan plan = planFor(workspace, dataFile(u"wide-bureau.csv"_s));
    CHECK(plan.rejected().isEmpty());
    CHECK(plan.additions().size() == 4);
    // The GDP row with dashes only, a name without figures and the footnote.
    REQUIRE(plan.skipped().size() == 3);
    CHECK(plan.skipped().at(0).row == 5);
    CHECK(plan.skipped().at(1).row == 10);
    CHECK(plan.skipped().at(2).cells.startsWith(u"注："_s));
    plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, stamp);

    // "规模工业增加值增速 | % | 10.8": the growth row of the indicator.
    CHECK(stored(workspace, u"industry_va"_s, 5) == Figures{{}, {}, 10.8});
    CHECK(stored(workspace, u"fai"_s, 5) == Figures{{}, {}, 16.2});
    // The row's 万元 wins over the title's 亿元, and is the indicator's unit.
    CHECK(stored(workspace, u"budget_revenue"_s, 5) == Figures{38620.5, {}, 10.0});
    // 356,000 万元 of retail sales are 35.6 亿元.
    CHECK(stored(workspace, u"retail_sales"_s, 5) == Figures{35.6, {}, 9.5});
    CHECK(workspace.entries().latest({u"retail_sales"_s, 2022, 5})->note == u"限上"_s);
}

TEST_CASE("An .xlsx workbook with merged headers imports its first visible sheet", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const ImportPlan plan = planFor(workspace, dataFile(u"wide-merged.xlsx"_s));
    CHECK(plan.rejected().isEmpty());
    CHECK(plan.additions().size() == 4);
    plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, stamp);
    CHECK(stored(workspace, u"gdp"_s, 6) == Figures{150.2, 140.5, 7.1});
    CHECK(stored(workspace, u"retail_sales"_s, 6) == Figures{45.32, 41.2, 10});
    CHECK(stored(workspace, u"income"_s, 6) == Figures{18234, 17000, 7.26});
    CHECK(stored(workspace, u"pm25"_s, 6) == Figures{32, 35, {}});

    // The hidden sheet, by name: a long table whose periods are dates.
    const ImportPlan hidden = planFor(workspace, dataFile(u"wide-merged.xlsx"_s), {}, {TextEncoding::Detect, u"底稿"_s});
    CHECK(hidden.rejected().isEmpty());
    CHECK(hidden.unchangedCount() == 1); // gdp 1-6月 150.2 again
    REQUIRE(hidden.additions().size() == 1);
    CHECK(hidden.additions().first()->key == EntryKey{u"gdp"_s, 2022, 9});
    CHECK(hidden.additions().first()->ytdValue == 230.5);
}

TEST_CASE("Bad rows are rejected, each with its reason, and nothing is written", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    const ImportPlan plan = planFor(workspace, dataFile(u"bad-rows.csv"_s));
    CHECK(plan.additions().size() == 2);
    REQUIRE(plan.rejected().size() == 5);
    const auto reasonOf = [&plan](int row) {
        for (const RowIssue &issue : plan.rejected()) {
            if (issue.row == row)
                return issue.reason;
        }
        return QString();
    };
    CHECK(reasonOf(3).contains(u"“规模工业增加” matches no indicator"_s));
    CHECK(reasonOf(4).contains(u"“abc” is not a number"_s));
    CHECK(reasonOf(5).contains(u"not a year-to-date period"_s));
    CHECK(reasonOf(6).contains(u"quarter ends"_s));
    CHECK(reasonOf(7).contains(u"percentage"_s));
    CHECK(plan.rejected().at(0).cells.contains(u"规模工业增加"_s));

    CHECK_THROWS_AS(plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, stamp), ImportError);
    CHECK(revisionCount(workspace) == 0);

    // Skipping the bad rows writes the good ones, and still lists the bad.
    plan.apply(workspace.entries(), ImportPlan::RejectedRows::Skip, stamp);
    CHECK(revisionCount(workspace) == 2);
    CHECK(stored(workspace, u"gdp"_s, 6) == Figures{150.2, {}, 7.1});

    const QString summary = ImportSummary::describe(plan, u"bad-rows.csv"_s, u"UTF-8"_s, workspace.indicators().all());
    CHECK(summary.contains(u"New values: 2"_s));
    CHECK(summary.contains(u"Rejected rows: 5"_s));
    CHECK(summary.contains(u"Row 4 (固定资产投资 | 2022 | 1-5月 | abc)"_s));
}

TEST_CASE("A database failure in the middle of an import leaves the database unchanged", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    workspace.entries().record(Entry{{u"gdp"_s, 2022, 3}, 70.0, {}, {}, {}, {}, u"li"_s,
                                     QDateTime(QDate(2022, 4, 1), QTime(8, 0), Qt::UTC)});
    const ImportPlan plan = planFor(workspace, dataFile(u"long-utf8.csv"_s));
    REQUIRE(plan.revisions().size() == 1);
    REQUIRE(plan.additions().size() == 8);
    // The fifth row of the file (fixed-asset investment) cannot be stored.
    QSqlQuery trigger(workspace.database().connection());
    if (engine == Engine::Sqlite) {
        REQUIRE(trigger.exec(uR"(CREATE TRIGGER refuse_fai BEFORE INSERT ON entry_revisions
                                 WHEN NEW.indicator = (SELECT id FROM indicators WHERE code = 'fai') BEGIN SELECT RAISE(ABORT, 'refused'); END)"_s));
    } else {
        // Row triggers fire for COPY too, the server's bulk insert.
        REQUIRE(trigger.exec(uR"(CREATE FUNCTION refuse_fai() RETURNS trigger LANGUAGE plpgsql AS $$
                                 BEGIN
                                     IF NEW.indicator = (SELECT id FROM indicators WHERE code = 'fai') THEN
                                         RAISE EXCEPTION 'refused';
                                     END IF;
                                     RETURN NEW;
                                 END $$)"_s));
        REQUIRE(trigger.exec(uR"(CREATE TRIGGER refuse_fai BEFORE INSERT ON entry_revisions
                                 FOR EACH ROW EXECUTE FUNCTION refuse_fai())"_s));
    }
    const QByteArray before = engine == Engine::Sqlite ? test::fileBytes(workspace.database().path()) : QByteArray();
    const QStringList dumpBefore = test::databaseDump(place.location());

    CHECK_THROWS_AS(plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, stamp), StorageError);
    CHECK(revisionCount(workspace) == 1);
    CHECK(stored(workspace, u"gdp"_s, 3) == Figures{70.0, {}, {}});
    CHECK_FALSE(workspace.entries().latest({u"industry_va"_s, 2022, 2}));
    if (engine == Engine::Sqlite)
        CHECK(test::fileBytes(workspace.database().path()) == before);
    CHECK(test::databaseDump(place.location()) == dumpBefore);
    // The connection is fit for the next write.
    workspace.entries().record(Entry{{u"gdp"_s, 2022, 6}, 150.2, {}, {}, {}, {}, u"li"_s,
                                     QDateTime(QDate(2022, 7, 1), QTime(8, 0), Qt::UTC)});
    CHECK(revisionCount(workspace) == 2);
}

TEST_CASE("Importing again shows revisions old → new, keeps figures the file leaves blank", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    planFor(workspace, dataFile(u"long-utf8.csv"_s)).apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, stamp);

    const ImportPlan again = planFor(workspace, dataFile(u"long-utf8.csv"_s));
    CHECK(again.additions().isEmpty());
    CHECK(again.revisions().isEmpty());
    CHECK(again.unchangedCount() == 9);

    const QString revised = folder.path(u"revised.csv"_s);
    test::writeFile(revised, u"指标,年份,期间,累计值,同比增长%,备注\n"
                             "地方一般公共预算收入,2022,1-5月,\"38,700\",,财政局更正\n"
                             "固定资产投资,2022,1-6月,,15.9,\n"
                             "社会消费品零售总额,2022,上半年,,10.5,\n"_s.toUtf8());
    const ImportPlan plan = planFor(workspace, revised);
    REQUIRE(plan.revisions().size() == 2);
    const ImportedFigure &growthOnly = *plan.revisions().at(1).after;
    CHECK(growthOnly.ytdValue == 45.32); // blank in the file: kept
    CHECK(growthOnly.publishedGrowth == 10.5);
    REQUIRE(plan.additions().size() == 1);
    const PlannedRevision &revision = plan.revisions().first();
    CHECK(revision.before.ytdValue == 38620.5);
    CHECK(revision.after->ytdValue == 38700.0);
    CHECK(revision.after->publishedGrowth == 10.0); // blank in the file: kept
    CHECK(revision.after->lastYearValue == 35100.0);
    CHECK(revision.after->note == u"财政局更正"_s);
    CHECK(revision.after->row == 2);

    const QString summary = ImportSummary::describe(plan, u"revised.csv"_s, u"UTF-8"_s, workspace.indicators().all());
    CHECK(summary.contains(u"Revised values: 2"_s));
    CHECK(summary.contains(u"value 38,620.5 → 38,700"_s));

    plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, stamp);
    CHECK(workspace.entries().history({u"budget_revenue"_s, 2022, 5}).size() == 2);
}

TEST_CASE("A row given twice with different figures is rejected both times", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    const QString path = folder.path(u"twice.csv"_s);
    test::writeFile(path, u"指标,年份,期间,同比增长%\n"
                          "规模工业增加值,2022,1-5月,10.8\n"
                          "规模以上工业增加值,2022,1-5月,10.9\n"
                          "固定资产投资,2022,1-5月,16.2\n"
                          "固定资产投资,2022,1-5月,16.2\n"_s.toUtf8());
    const ImportPlan plan = planFor(workspace, path);
    CHECK(plan.additions().size() == 1); // fai, given twice the same way
    REQUIRE(plan.rejected().size() == 2);
    CHECK(plan.rejected().at(0).reason.contains(u"Rows 2, 3"_s));
}

TEST_CASE("The year: from the file, else the one chosen; a different one is refused", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    const ImportPlan wrongYear = planFor(workspace, dataFile(u"long-utf8.csv"_s), {2021, {}});
    CHECK(wrongYear.additions().isEmpty());
    REQUIRE(wrongYear.rejected().size() == 9);
    CHECK(wrongYear.rejected().first().reason.contains(u"2022"_s));

    const QString path = folder.path(u"no-year.csv"_s);
    test::writeFile(path, u"指标,期间,同比增长%\n固定资产投资,1-5月,16.2\n"_s.toUtf8());
    const ImportPlan withoutYear = planFor(workspace, path);
    REQUIRE(withoutYear.rejected().size() == 1);
    CHECK(withoutYear.rejected().first().reason.contains(u"year"_s));
    const ImportPlan withYear = planFor(workspace, path, {2023, {}});
    REQUIRE(withYear.additions().size() == 1);
    CHECK(withYear.additions().first()->key == EntryKey{u"fai"_s, 2023, 5});
}

TEST_CASE("A file without a recognisable header is refused as a whole", "[import][plan]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    const QString path = folder.path(u"numbers.csv"_s);
    test::writeFile(path, "1,2,3\n4,5,6\n");
    CHECK_THROWS_AS(planFor(workspace, path), ImportError);
}

TEST_CASE("A mapping chosen by hand is remembered for the next file of the same layout", "[import][mapping]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    // "数据" is not a header Zhibiao knows: the user marks it as the value.
    const QString may = folder.path(u"may.csv"_s);
    const QString june = folder.path(u"june.csv"_s);
    test::writeFile(may, u"2022年1-5月\n项目,数据,增长\n固定资产投资,,16.2\n社会消费品零售总额,35.6,9.5\n"_s.toUtf8());
    test::writeFile(june, u"2022年1-6月\n项目,数据,增长\n社会消费品零售总额,45.32,10\n"_s.toUtf8());
    QSettings settings(folder.path(u"settings.ini"_s), QSettings::IniFormat);
    MappingMemory memory(settings);

    ImportSession first(may, {});
    CHECK_FALSE(first.recallMapping(memory));
    CHECK(first.mapping().role(1).field == ColumnField::Ignore);
    ColumnMapping chosen = first.mapping();
    chosen.columns[1].field = ColumnField::Value;
    first.setMapping(chosen);
    first.rememberMapping(memory);
    const ImportPlan plan = first.plan(workspace.database(), {});
    REQUIRE(plan.additions().size() == 2);

    ImportSession second(june, {});
    CHECK(second.recallMapping(memory));
    CHECK(second.usesRememberedMapping());
    CHECK(second.mapping() == chosen);
    const ImportPlan junePlan = second.plan(workspace.database(), {});
    REQUIRE(junePlan.additions().size() == 1);
    CHECK(junePlan.additions().first()->key == EntryKey{u"retail_sales"_s, 2022, 6});
    CHECK(junePlan.additions().first()->ytdValue == 45.32);
}
