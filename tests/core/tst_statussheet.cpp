// The status sheet's warning light and city standing, in .xlsx and CSV:
// written by FigureExport and read back as a user's spreadsheet would see
// them. Every expected cell is worked by hand beside it.
#include "core/export/figureexport.h"
#include "core/import/tablefile.h"
#include "core/import/xlsxreader.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// The columns after the target's status (0-based, as in the sheet).
enum StatusColumn {
    TargetColumn = 1,
    TargetStatusColumn = 9,
    LightColumn,
    ThresholdColumn,
    RankColumn,
    UnitsColumn,
    CityGapColumn,
    CityPeriodColumn,
    ColumnCount,
};

Entry growth(const QString &code, int month, double value)
{
    return Entry{{code, 2022, month}, std::nullopt, std::nullopt, value, {}, u"区统计局"_s, u"zhang"_s,
                 QDateTime(QDate(2022, 7, 15), QTime(9, 0), Qt::UTC)};
}

PeerFigure peer(const QString &unit, double value)
{
    return PeerFigure{unit, u"industry_va"_s, 2022, 6, value, std::nullopt, std::nullopt};
}

// 1-6月: GDP grew 8.6% (target 8.5%), industry 11.5% (target 12%). The
// city's table has industry only: 天元 13.0, 渌口 11.5, 醴陵 11.2, 荷塘 8.1,
// the city 11.6.
void enterJune(Workspace &workspace)
{
    workspace.entries().recordAll({growth(u"gdp"_s, 6, 8.6), growth(u"industry_va"_s, 6, 11.5)});
    workspace.comparison().write({peer(u"tianyuan"_s, 13.0), peer(u"lukou"_s, 11.5), peer(u"liling"_s, 11.2),
                                  peer(u"hetang"_s, 8.1), peer(u"city"_s, 11.6)});
}

// The status rows as text, by target title, from an exported file.
struct StatusRows
{
    QStringList header;
    QHash<QString, QStringList> byTarget;
};

StatusRows statusRows(const RawTable &table, int headerRow)
{
    StatusRows rows;
    for (int column = 0; column < ColumnCount; ++column)
        rows.header.append(table.cell(headerRow, column).toString());
    for (int row = headerRow + 1; row < table.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(table.cell(row, column).toString());
        rows.byTarget.insert(cells.at(TargetColumn), cells);
    }
    return rows;
}

StatusRows exported(Workspace &workspace, const test::TestFolder &folder, const QString &name)
{
    const QString path = folder.path(name);
    FigureExport::write(workspace, 2022, path);
    if (name.endsWith(u".xlsx"_s))
        return statusRows(XlsxReader(path).readSheet(u"Target status"_s), 1);
    // The CSV: the status is the section after the figures'.
    const RawTable table = readTableFile(path);
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.cell(row, 0).startsWith(u"Status of the 2022 targets"_s))
            return statusRows(table, row + 1);
    }
    FAIL("no status section in " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("The status sheet states each light in words with its threshold, and the rank where the city has figures",
          "[export][lights][city][xlsxwriter]")
{
    const Engine engine = GENERATE(test::eachEngine());
    const QString name = GENERATE(u"status.xlsx"_s, u"status.csv"_s);
    INFO(test::engineName(engine) << " " << name.toStdString());
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    enterJune(workspace);

    const StatusRows rows = exported(workspace, folder, name);
    CHECK(rows.header.mid(LightColumn) == QStringList{u"Warning light"_s, u"Light threshold"_s, u"Rank in city"_s,
                                                      u"Units ranked"_s, u"Gap to city (pp)"_s, u"City table of"_s});

    // Industry 11.5 against 12 is 0.5 behind, within the default 1 point:
    // yellow. Among the four units with a figure 13.0 > 11.5 > 11.2 > 8.1:
    // second of 4; 11.5 − 11.6 = −0.1 points to the city; the table of 1-6月.
    const QStringList industry = rows.byTarget.value(u"Industrial value added above designated size"_s);
    REQUIRE(industry.size() == ColumnCount);
    CHECK(industry.at(TargetStatusColumn) == u"Behind"_s);
    CHECK(industry.mid(LightColumn) == QStringList{u"▲ Yellow"_s,
                                                   u"yellow: behind by no more than 1 percentage points"_s,
                                                   u"2"_s, u"4"_s, u"-0.1"_s, u"Jan–Jun"_s});

    // GDP 8.6 against 8.5 is met: green. The city's table has no GDP: no
    // rank, no units, no gap, no period.
    const QStringList gdp = rows.byTarget.value(u"GDP"_s);
    REQUIRE(gdp.size() == ColumnCount);
    CHECK(gdp.mid(LightColumn) == QStringList{u"● Green"_s, u"yellow: behind by no more than 1 percentage points"_s,
                                              QString(), QString(), QString(), QString()});

    // Fixed-asset investment has no figure: grey, its threshold still stated.
    const QStringList fai = rows.byTarget.value(u"Fixed-asset investment"_s);
    REQUIRE(fai.size() == ColumnCount);
    CHECK(fai.at(LightColumn) == u"○ Grey"_s);
    CHECK(fai.at(ThresholdColumn) == u"yellow: behind by no more than 1 percentage points"_s);
    CHECK(fai.at(RankColumn).isEmpty());
}

TEST_CASE("A target's own threshold changes the exported light and is stated beside it", "[export][lights]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    enterJune(workspace);
    QList<Target> targets = workspace.targets().forYear(2022);
    targets[1].criteria[0].warningThreshold = 0.3;
    workspace.targets().replaceYear(2022, targets);

    // 0.5 behind is more than 0.3: red; the rank is the same.
    const QStringList industry = exported(workspace, folder, u"own.csv"_s).byTarget.value(u"Industrial value added above designated size"_s);
    REQUIRE(industry.size() == ColumnCount);
    CHECK(industry.mid(LightColumn, 3)
          == QStringList{u"■ Red"_s, u"yellow: behind by no more than 0.3 percentage points"_s, u"2"_s});
}
