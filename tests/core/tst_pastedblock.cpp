#include "core/editing/pastedblock.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

using Grid = QList<QStringList>;

// The grid written out with visible tabs and line breaks, for failure output.
std::string describe(const Grid &grid)
{
    QString out;
    for (const QStringList &row : grid) {
        out += u"["_s;
        for (const QString &cell : row) {
            QString shown = cell;
            shown.replace(u'\t', u"\\t"_s).replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s);
            out += u"<"_s % shown % u">"_s;
        }
        out += u"]"_s;
    }
    return out.toStdString();
}

void checkGrid(const QString &text, const Grid &expected)
{
    const Grid grid = parsePastedBlock(text);
    INFO("got:      " << describe(grid));
    INFO("expected: " << describe(expected));
    CHECK(grid == expected);
}

} // namespace

TEST_CASE("Excel and WPS copies end every row with CRLF", "[pastedblock]")
{
    checkGrid(u"38,620.5\t12.3%\r\n１２３\t—\r\n"_s, {{u"38,620.5"_s, u"12.3%"_s}, {u"１２３"_s, u"—"_s}});
}

TEST_CASE("Rows may also end in LF or a lone CR", "[pastedblock]")
{
    const auto text = GENERATE(u"1\t2\n3\t4\n"_s, u"1\t2\n3\t4"_s, u"1\t2\r3\t4\r"_s, u"1\t2\r\n3\t4"_s, u"1\t2\n3\t4\r\n"_s);
    INFO("text: " << text.toStdString());
    checkGrid(text, {{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}});
}

TEST_CASE("Only the final line break is dropped, so copied blank rows stay", "[pastedblock]")
{
    const auto row = GENERATE(table<QString, Grid>({
        {u"a\r\n"_s, {{u"a"_s}}},
        // A single column whose last cell is blank.
        {u"a\r\n\r\n"_s, {{u"a"_s}, {u""_s}}},
        // A blank row in the middle and a blank last row of two columns.
        {u"a\tb\r\n\t\r\nc\td\r\n\t\r\n"_s, {{u"a"_s, u"b"_s}, {u""_s, u""_s}, {u"c"_s, u"d"_s}, {u""_s, u""_s}}},
        // One blank cell.
        {u"\r\n"_s, {{u""_s}}},
        {u""_s, {}},
    }));
    const auto [text, expected] = row;
    INFO("text: " << text.toStdString());
    checkGrid(text, expected);
}

TEST_CASE("Quoted cells keep their tabs, line breaks and quotes", "[pastedblock]")
{
    const auto row = GENERATE(table<QString, Grid>({
        // Alt+Enter inside a cell: Excel quotes it and keeps the bare LF.
        {u"\"规模以上\n工业增加值\"\t12.3%\r\n"_s, {{u"规模以上\n工业增加值"_s, u"12.3%"_s}}},
        {u"\"x\r\ny\"\t1\r\n2\t3\r\n"_s, {{u"x\r\ny"_s, u"1"_s}, {u"2"_s, u"3"_s}}},
        // Doubled quotes inside a quoted cell.
        {u"\"说明：\"\"预计\"\"数\"\t5"_s, {{u"说明：\"预计\"数"_s, u"5"_s}}},
        {u"\"a\tb\"\tc\r\n"_s, {{u"a\tb"_s, u"c"_s}}},
        // Quoted cells at the end of a row and of the text.
        {u"1\t\"2\"\r\n\"3\"\t\"\"\r\n"_s, {{u"1"_s, u"2"_s}, {u"3"_s, u""_s}}},
        {u"\"38,620.5\""_s, {{u"38,620.5"_s}}},
    }));
    const auto [text, expected] = row;
    INFO("text: " << text.toStdString());
    checkGrid(text, expected);
}

TEST_CASE("Quotes that do not enclose a whole cell are kept as typed", "[pastedblock]")
{
    const auto row = GENERATE(table<QString, Grid>({
        // A quote inside or after the text: Excel does not quote these.
        {u"12\"\t3\r\n"_s, {{u"12\""_s, u"3"_s}}},
        {u"他说\"好\"\t3\r\n"_s, {{u"他说\"好\""_s, u"3"_s}}},
        // An opening quote that is never closed ends at the tab as usual.
        {u"\"abc\tdef\r\n"_s, {{u"\"abc"_s, u"def"_s}}},
        // A closed quote followed by more text is not a quoted cell.
        {u"\"12\" wide\t3\r\n"_s, {{u"\"12\" wide"_s, u"3"_s}}},
    }));
    const auto [text, expected] = row;
    INFO("text: " << text.toStdString());
    checkGrid(text, expected);
}

TEST_CASE("Ragged rows are padded with empty cells", "[pastedblock]")
{
    // As pasted from chat programs and editors that drop trailing tabs.
    checkGrid(u"1\t2\t3\n4\n5\t6\n"_s,
              {{u"1"_s, u"2"_s, u"3"_s}, {u"4"_s, u""_s, u""_s}, {u"5"_s, u"6"_s, u""_s}});
    // A trailing tab is a blank cell of its own.
    checkGrid(u"1\t\r\n2\t\r\n"_s, {{u"1"_s, u""_s}, {u"2"_s, u""_s}});
    checkGrid(u"\t\t9"_s, {{u""_s, u""_s, u"9"_s}});
}

TEST_CASE("A block of good figures is acceptable", "[pastedblock]")
{
    // 1-5月 figures as copied from a WPS sheet: amounts, a rate, no figure.
    const Grid grid = parsePastedBlock(u"38,620.5\t12.3%\r\n１，２３４．５\t—\r\n-3.5\t\r\n"_s);
    const PastedFigures figures = parseFigures(grid);
    CHECK(figures.isAcceptable());
    CHECK(figures.problems.isEmpty());
    REQUIRE(figures.rowCount() == 3);
    REQUIRE(figures.columnCount() == 2);
    CHECK(figures.cells[0][0] == ParsedNumber::number(38620.5));
    CHECK(figures.cells[0][1] == ParsedNumber::number(12.3, true));
    CHECK(figures.cells[1][0] == ParsedNumber::number(1234.5));
    CHECK(figures.cells[1][1].isMissing());
    CHECK(figures.cells[2][0] == ParsedNumber::number(-3.5));
    CHECK(figures.cells[2][1].isMissing());
}

TEST_CASE("Every bad cell of a block is reported with its position", "[pastedblock]")
{
    const Grid grid = parsePastedBlock(u"指标\t1-5月\r\n1,23\t12.3.4\r\n5\tabc\r\n\"6\"\t—\r\n"_s);
    const PastedFigures figures = parseFigures(grid);
    CHECK_FALSE(figures.isAcceptable());
    REQUIRE(figures.rowCount() == 4);
    REQUIRE(figures.columnCount() == 2);

    // Row by row, left to right; "1-5月" is a header, not a range.
    const QList<std::pair<int, int>> expectedPositions = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 1}};
    QList<std::pair<int, int>> positions;
    for (const CellProblem &problem : figures.problems)
        positions.append({problem.row, problem.column});
    CHECK(positions == expectedPositions);

    REQUIRE(figures.problems.size() == 5);
    CHECK(figures.problems[0].message == u"“指标” is not a number."_s);
    CHECK(figures.problems[2].message.startsWith(u"“1,23” has a misplaced thousands separator"_s));
    CHECK(figures.problems[3].message == u"“12.3.4” has more than one decimal point."_s);
    CHECK(figures.problems[4].message == u"“abc” is not a number."_s);
    // Each problem carries the same message as its cell.
    for (const CellProblem &problem : figures.problems)
        CHECK(figures.cells[problem.row][problem.column].errorMessage() == problem.message);

    // The good cells are still read, so the UI can show them beside the bad ones.
    CHECK(figures.cells[2][0] == ParsedNumber::number(5.0));
    CHECK(figures.cells[3][0] == ParsedNumber::number(6.0));
    CHECK(figures.cells[3][1].isMissing());
}

TEST_CASE("Reading figures keeps the grid's shape", "[pastedblock]")
{
    CHECK(parseFigures({}).rowCount() == 0);
    CHECK(parseFigures({}).columnCount() == 0);
    CHECK(parseFigures({}).isAcceptable());

    const PastedFigures blanks = parseFigures(parsePastedBlock(u"\t\t\r\n\t\t\r\n"_s));
    CHECK(blanks.rowCount() == 2);
    CHECK(blanks.columnCount() == 3);
    CHECK(blanks.isAcceptable());
    for (const QList<ParsedNumber> &row : blanks.cells) {
        for (const ParsedNumber &cell : row)
            CHECK(cell.isMissing());
    }
}
