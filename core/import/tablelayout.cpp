#include "core/import/tablelayout.h"

#include "core/editing/numberparser.h"
#include "core/import/headerrecognizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Bureau tables put one or two title lines above the header; this is plenty.
constexpr int HeaderSearchRows = 30;

int columnCount(const RawTable &table, int from, int to)
{
    qsizetype count = 0;
    for (int r = std::max(from, 0); r < std::min(to, table.rowCount()); ++r)
        count = std::max(count, table.row(r).size());
    return int(count);
}

int filledCells(const RawRow &row)
{
    int count = 0;
    for (qsizetype c = 0; c < row.size(); ++c)
        count += row.at(c).trimmed().isEmpty() ? 0 : 1;
    return count;
}

bool hasFigure(const RawRow &row)
{
    for (qsizetype c = 0; c < row.size(); ++c) {
        if (parseFigure(row.at(c)).isValue())
            return true;
    }
    return false;
}

ColumnMapping recognizeAll(const QStringList &headers)
{
    ColumnMapping mapping;
    for (const QString &header : headers)
        mapping.columns.append(recognizeHeader(header));
    return mapping;
}

int figureColumns(const ColumnMapping &mapping)
{
    return int(std::count_if(mapping.columns.begin(), mapping.columns.end(),
                             [](const ColumnRole &role) { return role.holdsFigures(); }));
}

// Bureau tables often leave the header above the names blank: the first
// such column left of the figures holds the names.
void assumeIndicatorColumn(const QStringList &headers, ColumnMapping &mapping)
{
    if (mapping.has(ColumnField::Indicator))
        return;
    for (qsizetype c = 0; c < mapping.columns.size(); ++c) {
        if (mapping.columns.at(c).holdsFigures())
            return;
        if (mapping.columns.at(c).field == ColumnField::Ignore && headers.value(c).trimmed().isEmpty()) {
            mapping.columns[c].field = ColumnField::Indicator;
            return;
        }
    }
}

// Header text of every column over rows [row, row + count). A blank cell in
// the upper row under a merged group header ("1-5月" over two columns,
// exported to CSV) takes the group's text from the left.
QStringList combineHeaders(const RawTable &table, int row, int count, int columns)
{
    QStringList headers;
    QString group;
    for (int c = 0; c < columns; ++c) {
        QString upper = table.cell(row, c).toString().simplified();
        const QString lower = count > 1 ? table.cell(row + 1, c).toString().simplified() : QString();
        if (!upper.isEmpty())
            group = findPeriodIn(upper).month ? upper : QString();
        else if (!lower.isEmpty())
            upper = group;
        headers.append(upper == lower || lower.isEmpty() ? upper : upper.isEmpty() ? lower : upper + u' ' + lower);
    }
    return headers;
}

// A second header row holds text only (no figures), at least two cells,
// labels of its own ("累计", "同比增长%" under a merged "1-5月"), and
// changes what the columns are taken for.
bool isSecondHeaderRow(const RawTable &table, int row, int columns, const ColumnMapping &single)
{
    if (row >= table.rowCount())
        return false;
    const RawRow cells = table.row(row);
    if (hasFigure(cells) || filledCells(cells) < 2)
        return false;
    bool hasLabel = false;
    for (int c = 0; c < columns && !hasLabel; ++c) {
        const QString lower = table.cell(row, c).toString().simplified();
        hasLabel = !lower.isEmpty() && lower != table.cell(row - 1, c).toString().simplified()
            && recognizeHeader(lower).field != ColumnField::Ignore;
    }
    return hasLabel && recognizeAll(combineHeaders(table, row - 1, 2, columns)) != single;
}

// The figures end where a second table starts: a blank row, then a title
// row of one cell, then a row of text labels (Zhibiao's status section).
int findEnd(const RawTable &table, int from)
{
    for (int r = from; r + 2 < table.rowCount(); ++r) {
        if (table.row(r).isBlank() && filledCells(table.row(r + 1)) == 1 && filledCells(table.row(r + 2)) >= 2
            && !hasFigure(table.row(r + 2)))
            return r;
    }
    return table.rowCount();
}

void readTitle(const RawTable &table, TableLayout &layout)
{
    QString title;
    for (int r = 0; r < layout.headerRow; ++r)
        title += table.row(r).toStringList().join(u' ') + u' ';
    layout.title = findPeriodIn(title);
    static const QRegularExpression unit(u"(?:单位|unit)\\s*[:：]\\s*(\\S+)"_s, QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = unit.match(title); match.hasMatch())
        layout.titleUnit = match.captured(1);
    // "2022年1-5月累计" as a header names the year when no title does.
    for (const QString &header : std::as_const(layout.headers)) {
        if (!layout.title.year)
            layout.title.year = findPeriodIn(header).year;
    }
}

} // namespace

QString TableLayout::signature() const
{
    QStringList folded;
    for (const QString &header : headers)
        folded.append(foldForMatching(header));
    return QString::fromLatin1(
        QCryptographicHash::hash(folded.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

TableLayout layoutWithHeaderAt(const RawTable &table, int headerRow)
{
    TableLayout layout;
    if (headerRow < 0 || headerRow >= table.rowCount())
        return layout;
    const int columns = columnCount(table, headerRow, table.rowCount());
    layout.headerRow = headerRow;
    layout.headerRowCount = 1;
    layout.headers = combineHeaders(table, headerRow, 1, columns);
    layout.mapping = recognizeAll(layout.headers);
    if (isSecondHeaderRow(table, headerRow + 1, columns, layout.mapping)) {
        layout.headerRowCount = 2;
        layout.headers = combineHeaders(table, headerRow, 2, columns);
        layout.mapping = recognizeAll(layout.headers);
    }
    assumeIndicatorColumn(layout.headers, layout.mapping);
    layout.firstDataRow = headerRow + layout.headerRowCount;
    layout.endRow = findEnd(table, layout.firstDataRow);
    readTitle(table, layout);
    return layout;
}

TableLayout detectLayout(const RawTable &table)
{
    const int last = std::min(table.rowCount(), HeaderSearchRows);
    for (int r = 0; r < last; ++r) {
        const RawRow row = table.row(r);
        if (filledCells(row) < 2 || hasFigure(row))
            continue;
        // A header names at least one kind of figure; the row below may add more.
        const TableLayout layout = layoutWithHeaderAt(table, r);
        if (layout.mapping.has(ColumnField::Indicator) && figureColumns(layout.mapping) > 0)
            return layout;
    }
    TableLayout none;
    none.endRow = table.rowCount();
    return none;
}

} // namespace zhibiao
