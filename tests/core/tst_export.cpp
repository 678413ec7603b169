// Exports: the wide layout and the status, in .xlsx and CSV, written
// atomically, and read back by the importer with every value equal.
#include "core/export/exporterror.h"
#include "core/export/figureexport.h"
#include "core/export/formulaguard.h"
#include "core/import/importplan.h"
#include "core/import/importsession.h"
#include "core/import/importsummary.h"
#include "core/import/tablefile.h"
#include "core/import/xlsxreader.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Entry figure(const QString &code, int year, int month, std::optional<double> ytd, std::optional<double> lastYear,
             std::optional<double> growth, const QString &note = {})
{
    return Entry{{code, year, month}, ytd, lastYear, growth, note, u"区统计局"_s, u"zhang"_s,
                 QDateTime(QDate(year, 6, 15), QTime(9, 0), Qt::UTC)};
}

// Figures of every kind: amounts with growth, growth only, levels,
// quarterly and annual series, awkward decimals, negative growth, notes
// with commas, quotes and line breaks.
QList<Entry> sampleYear()
{
    return {
        figure(u"gdp"_s, 2022, 3, 78.6, 72.1, 7.5),
        figure(u"gdp"_s, 2022, 6, 150.2, 140.5, 7.1, u"初步核算, 待修订"_s),
        figure(u"industry_va"_s, 2022, 2, {}, {}, 12.5),
        figure(u"industry_va"_s, 2022, 5, {}, {}, -3.2, u"受\"疫情\"影响\n二行"_s),
        figure(u"fai"_s, 2022, 5, {}, {}, 16.2),
        figure(u"budget_revenue"_s, 2022, 5, 38620.55, 35100, 10.03),
        figure(u"budget_revenue"_s, 2022, 6, 1234567.891, 0.005, {}),
        figure(u"retail_sales"_s, 2022, 6, 45.32, 41.2, 10),
        figure(u"unemployment"_s, 2022, 5, 5.1, 5.3, {}),
        figure(u"unemployment_city"_s, 2022, 5, 5.4, {}, {}),
        figure(u"income"_s, 2022, 6, 18234, 17000, 7.26),
        figure(u"grain"_s, 2022, 7, 52000, {}, {}, u"早稻"_s),
        figure(u"pm25"_s, 2022, 6, 32, 35, {}),
        figure(u"energy_intensity"_s, 2022, 6, {}, {}, -2.4),
        figure(u"gdp"_s, 2021, 6, 140.5, {}, 6.0), // another year: not exported
    };
}

struct Cell
{
    EntryKey key;
    std::optional<double> ytd;
    std::optional<double> lastYear;
    std::optional<double> growth;
    QString note;
    friend bool operator==(const Cell &, const Cell &) = default;
};

QList<Cell> cellsOf(const QList<Entry> &entries)
{
    QList<Cell> cells;
    for (const Entry &entry : entries)
        cells.append(Cell{entry.key, entry.ytdValue, entry.lastYearValue, entry.publishedGrowth, entry.note});
    return cells;
}

// Exported from a database of engine, imported into another of the same.
void checkRoundTrip(Engine engine, const QString &fileName)
{
    const test::TestDatabase place(engine);
    test::TestFolder folder;
    const QString exported = folder.path(fileName);
    QList<Entry> original;
    {
        const std::unique_ptr<Workspace> opened = place.open();
        Workspace &source = *opened;
        source.entries().recordAll(sampleYear());
        const ExportResult result = FigureExport::write(source, 2022, exported);
        CHECK(result.figureCount == 14);
        CHECK(result.indicatorCount == 11);
        CHECK(result.targetCount == 10);
        CHECK(result.asOf.month() == 7);
        original = source.entries().forYear(2022);
    }

    Workspace empty(place.other(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    const ImportSession session(exported, {});
    const ImportPlan plan = session.plan(empty.database(), {});
    INFO(ImportSummary::describe(plan, fileName, session.table().description, empty.indicators().all()).toStdString());
    CHECK(plan.rejected().isEmpty());
    CHECK(plan.skipped().isEmpty());
    CHECK(plan.revisions().isEmpty());
    CHECK(plan.additions().size() == 14);
    plan.apply(empty.entries(), ImportPlan::RejectedRows::Refuse, {fileName, u"li"_s, QDateTime::currentDateTimeUtc()});
    CHECK(cellsOf(empty.entries().forYear(2022)) == cellsOf(original));
    CHECK(empty.entries().forYear(2021).isEmpty());
}

} // namespace

TEST_CASE("An exported .xlsx imports back into an empty database with every value equal", "[export][roundtrip][xlsxwriter]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    checkRoundTrip(engine, u"渌口区2022.xlsx"_s);
}

TEST_CASE("An exported CSV imports back into an empty database with every value equal", "[export][roundtrip]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    checkRoundTrip(engine, u"lukou-2022.csv"_s);
}

TEST_CASE("The CSV is UTF-8 with a BOM: figures, then the targets' status", "[export][csv]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    workspace.entries().recordAll(sampleYear());
    const QString path = folder.path(u"out.csv"_s);
    FigureExport::write(workspace, 2022, path);

    const QByteArray bytes = test::fileBytes(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.sliced(3)).split(u"\r\n"_s);
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.at(0) == u"Lukou District: figures of 2022"_s);
    CHECK(lines.at(1).startsWith(u"Indicator,Code,Unit,January YTD,"_s) == false); // no January figures
    CHECK(lines.at(1).startsWith(u"Indicator,Code,Unit,Jan–Feb growth %,Jan–Mar YTD,"_s));
    // Exact numbers, no thousands separators; a group of columns per period.
    CHECK(lines.contains(u"Local general public budget revenue,budget_revenue,万元,,,,,38620.55,35100,10.03,,"
                         "1234567.891,0.005,,,,"_s));
    // Notes with commas, quotes and line breaks are quoted.
    CHECK(bytes.contains(u"\"受\"\"疫情\"\"影响\n二行\""_s.toUtf8()));
    const qsizetype status = lines.indexOf(u"Status of the 2022 targets as of Jan–Jul"_s);
    REQUIRE(status > 2);
    CHECK(lines.at(status - 1).isEmpty());
    CHECK(lines.at(status + 1).startsWith(u"No.,Target,As written,Measured by"_s));
    // GDP grew 7.1% by H1 against a target of 8.5%.
    // Computed figures without floating-point noise (7.1 − 8.5 is not -1.4000000000000004).
    // 1.4 behind is more than a point: red; no city's table, so no rank.
    CHECK(lines.at(status + 2) == u"1,GDP,Grow by 8.5%,Gross domestic product (GDP),H1,7.1,8.5,-1.4,Behind,Behind,"
                                  "■ Red,yellow: behind by no more than 1 percentage points,,,,"_s);
    // Rounded as the window shows them: income grew 7.26%, shown as 7.3%,
    // 0.16 points above the economy's 7.1%, shown as 0.2; the figures
    // above keep 7.26.
    CHECK(lines.contains(u"7,Resident income,Grow faster than the economy,Per-capita disposable income of "
                         "residents,H1,7.3,7.1,0.2,On track,On track,● Green,"
                         "yellow: behind by no more than 1 percentage points,,,,"_s));
    CHECK(std::any_of(lines.cbegin(), lines.cbegin() + status, [](const QString &line) {
        return line.startsWith(u"Per-capita disposable income of residents,income,"_s) && line.contains(u",7.26,"_s);
    }));
}

TEST_CASE("The .xlsx has the figures with merged period headers and a status sheet", "[export][xlsx][xlsxwriter]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    workspace.entries().recordAll(sampleYear());
    const QString path = folder.path(u"out.xlsx"_s);
    FigureExport::write(workspace, 2022, path);

    const XlsxReader reader(path);
    CHECK(reader.sheetNames() == QStringList{u"Figures"_s, u"Target status"_s});
    const RawTable figures = reader.readSheet();
    CHECK(figures.cell(0, 0) == u"Lukou District: figures of 2022"_s);
    // "Indicator" merged down over both header rows; "Jan–Mar" across its columns.
    CHECK(figures.cell(1, 0) == u"Indicator"_s);
    CHECK(figures.cell(2, 0) == u"Indicator"_s);
    CHECK(figures.cell(1, 4) == u"Jan–Mar"_s);
    CHECK(figures.cell(1, 5) == u"Jan–Mar"_s);
    CHECK(figures.cell(2, 4) == u"YTD"_s);
    CHECK(figures.cell(2, 5) == u"Same period last year"_s);
    const RawTable status = reader.readSheet(u"Target status"_s);
    CHECK(status.cell(0, 0) == u"Status of the 2022 targets as of Jan–Jul"_s);
    CHECK(status.cell(2, 1) == u"GDP"_s);
    CHECK(status.cell(2, 9) == u"Behind"_s);
}

TEST_CASE("An export that cannot be written leaves nothing behind and says why", "[export][xlsxwriter]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    workspace.entries().recordAll(sampleYear());

    const QString inMissingFolder = folder.path(u"no-such-folder/out.xlsx"_s);
    CHECK_THROWS_AS(FigureExport::write(workspace, 2022, inMissingFolder), ExportError);
    CHECK_FALSE(QFile::exists(inMissingFolder));

    const QString wrongSuffix = folder.path(u"out.pdf"_s);
    CHECK_THROWS_AS(FigureExport::write(workspace, 2022, wrongSuffix), ExportError);
    CHECK_FALSE(QFile::exists(wrongSuffix));

    // Over an existing file: replaced whole, and no temporary file is left.
    const QString existing = folder.path(u"existing.csv"_s);
    test::writeFile(existing, "old contents\n");
    FigureExport::write(workspace, 2022, existing);
    CHECK(test::fileBytes(existing).startsWith("\xEF\xBB\xBF"));
    CHECK(QDir(folder.path(QString())).entryList({u"existing*"_s}, QDir::Files | QDir::Hidden)
          == QStringList{u"existing.csv"_s});
}

TEST_CASE("CSV text that Excel would run as a formula is guarded; numbers stay numbers; the round trip holds",
          "[export][csv][roundtrip]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    test::TestFolder folder;
    const QString exported = folder.path(u"guarded.csv"_s);
    const QList<Entry> risky = {
        figure(u"gdp"_s, 2022, 3, 78.6, 72.1, -3.5, u"=HYPERLINK(\"http://example.com/x\",\"点此\")"_s),
        figure(u"gdp"_s, 2022, 6, -12.25, 140.5, 7.1, u"+1 来自区局"_s),
        figure(u"retail_sales"_s, 2022, 6, 45.32, 41.2, -0.8, u"@SUM(A1:A9)"_s),
        figure(u"income"_s, 2022, 6, 18234, 17000, 7.26, u"-待核实"_s),
        figure(u"grain"_s, 2022, 7, 52000, {}, {}, u"'=已加撇号"_s),
        figure(u"energy_intensity"_s, 2022, 6, {}, {}, -2.4, u"-3.5"_s),
    };
    QList<Entry> original;
    {
        const std::unique_ptr<Workspace> source = place.open();
        source->entries().recordAll(risky);
        FigureExport::write(*source, 2022, exported);
        original = source->entries().forYear(2022);
    }

    const QString text = QString::fromUtf8(test::fileBytes(exported).sliced(3));
    INFO(text.toStdString());
    // Formulas and text starting like one get an apostrophe in front.
    CHECK(text.contains(u"\"'=HYPERLINK(\"\"http://example.com/x\"\",\"\"点此\"\")\""_s));
    CHECK(text.contains(u",'+1 来自区局"_s));
    CHECK(text.contains(u",'@SUM(A1:A9)"_s));
    CHECK(text.contains(u",'-待核实"_s));
    CHECK(text.contains(u",''=已加撇号"_s)); // one more, so the apostrophe the user wrote survives
    CHECK_FALSE(text.contains(u"\n="_s));
    CHECK_FALSE(text.contains(u",="_s));
    // Numbers, negative ones too, and text that is a plain number are written as they are.
    CHECK(text.contains(u",-12.25,140.5,7.1,"_s));
    CHECK(text.contains(u",-3.5,"_s));
    CHECK(text.contains(u",-0.8,"_s));
    CHECK(text.contains(u",-2.4,-3.5"_s));
    CHECK_FALSE(text.contains(u"'-12.25"_s));

    Workspace empty(place.other(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    const ImportSession session(exported, {});
    const ImportPlan plan = session.plan(empty.database(), {});
    CHECK(plan.rejected().isEmpty());
    plan.apply(empty.entries(), ImportPlan::RejectedRows::Refuse, {u"guarded.csv"_s, u"li"_s, QDateTime::currentDateTimeUtc()});
    CHECK(cellsOf(empty.entries().forYear(2022)) == cellsOf(original));
}

TEST_CASE("The formula guard marks what a spreadsheet would run, and only that, reversibly", "[export][csv]")
{
    const auto row = GENERATE(table<QString, QString>({
        {u"=1+1"_s, u"'=1+1"_s},
        {u"+86 731"_s, u"'+86 731"_s},
        {u"-待核实"_s, u"'-待核实"_s},
        {u"@cmd"_s, u"'@cmd"_s},
        {u"\tTab"_s, u"'\tTab"_s},
        {u"\rCR"_s, u"'\rCR"_s},
        {u"-"_s, u"'-"_s},
        {u"'=x"_s, u"''=x"_s},
        {u"''-x"_s, u"'''-x"_s},
        // Not formulas: left alone.
        {u"-3.5"_s, u"-3.5"_s},
        {u"+12"_s, u"+12"_s},
        {u"-1,234.5"_s, u"-1,234.5"_s},
        {u"'abc"_s, u"'abc"_s},
        {u"a=b"_s, u"a=b"_s},
        {u"地区生产总值"_s, u"地区生产总值"_s},
        {QString(), QString()},
    }));
    const auto [text, guarded] = row;
    INFO("text: " << text.toStdString());
    CHECK(guardFormula(text) == guarded);
    CHECK(unguardFormula(guardFormula(text)) == text);
}
