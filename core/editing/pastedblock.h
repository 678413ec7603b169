#pragma once

#include "core/editing/numberparser.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace zhibiao {

// Splits text that Excel or WPS put on the clipboard into cells: columns
// separated by tabs, rows by "\n", "\r\n" or "\r". A cell that holds a tab,
// a line break or a quote arrives quoted ("a""b" is a"b) and is unquoted.
// The final line break ends the last row rather than starting a new one.
// The grid is rectangular: short rows are padded with empty strings.
// Empty text gives no rows.
QList<QStringList> parsePastedBlock(QStringView text);

// A cell of a pasted block that is not a figure; row and column count from
// 0 within the block.
struct CellProblem
{
    int row = 0;
    int column = 0;
    QString message; // in the UI language, quotes the cell

    friend bool operator==(const CellProblem &, const CellProblem &) = default;
};

// A pasted block read as figures. The UI takes all of it or none of it, so
// every bad cell is listed rather than only the first.
struct PastedFigures
{
    QList<QList<ParsedNumber>> cells; // same shape as the grid
    QList<CellProblem> problems;      // row by row, left to right

    bool isAcceptable() const { return problems.isEmpty(); }
    int rowCount() const { return int(cells.size()); }
    int columnCount() const { return cells.isEmpty() ? 0 : int(cells.first().size()); }
};

// Reads every cell with parseFigure().
PastedFigures parseFigures(const QList<QStringList> &grid);

} // namespace zhibiao
