#include "core/editing/pastedblock.h"

#include <algorithm>
#include <utility>

namespace zhibiao {

namespace {

bool endsCell(QChar c)
{
    return c == u'\t' || c == u'\n' || c == u'\r';
}

// Reads the quoted cell whose opening quote is at `open` into `cell` and
// returns the position just after its closing quote, or -1 when the text is
// not a well-formed quoted cell: Excel leaves cells such as `"abc` or
// `"12" wide` unquoted, and those must be read literally.
qsizetype readQuotedCell(QStringView text, qsizetype open, QString &cell)
{
    cell.clear();
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (text[i] != u'"') {
            cell.append(text[i]);
        } else if (i + 1 < text.size() && text[i + 1] == u'"') {
            cell.append(u'"');
            ++i;
        } else {
            const bool closesCell = i + 1 == text.size() || endsCell(text[i + 1]);
            return closesCell ? i + 1 : -1;
        }
    }
    return -1;
}

} // namespace

QList<QStringList> parsePastedBlock(QStringView text)
{
    QList<QStringList> rows;
    if (text.isEmpty())
        return rows;

    QStringList row;
    qsizetype pos = 0;
    while (true) {
        QString cell;
        qsizetype end = -1;
        if (pos < text.size() && text[pos] == u'"')
            end = readQuotedCell(text, pos, cell);
        if (end < 0) {
            end = pos;
            while (end < text.size() && !endsCell(text[end]))
                ++end;
            cell = text.sliced(pos, end - pos).toString();
        }
        row.append(cell);

        if (end == text.size()) {
            rows.append(row);
            break;
        }
        if (text[end] == u'\t') {
            pos = end + 1;
            continue;
        }
        rows.append(row);
        row.clear();
        const bool crlf = text[end] == u'\r' && end + 1 < text.size() && text[end + 1] == u'\n';
        pos = end + (crlf ? 2 : 1);
        // Excel ends every row, the last one too, with a line break.
        if (pos == text.size())
            break;
    }

    // Excel always copies a rectangle; ragged rows come from text editors
    // and chat programs that drop trailing tabs.
    qsizetype columns = 0;
    for (const QStringList &r : std::as_const(rows))
        columns = std::max(columns, r.size());
    for (QStringList &r : rows) {
        while (r.size() < columns)
            r.append(QString());
    }
    return rows;
}

PastedFigures parseFigures(const QList<QStringList> &grid)
{
    PastedFigures figures;
    figures.cells.reserve(grid.size());
    for (qsizetype r = 0; r < grid.size(); ++r) {
        const QStringList &row = grid.at(r);
        QList<ParsedNumber> parsedRow;
        parsedRow.reserve(row.size());
        for (qsizetype c = 0; c < row.size(); ++c) {
            ParsedNumber parsed = parseFigure(row.at(c));
            if (parsed.isError())
                figures.problems.append(CellProblem{int(r), int(c), parsed.errorMessage()});
            parsedRow.append(std::move(parsed));
        }
        figures.cells.append(std::move(parsedRow));
    }
    return figures;
}

} // namespace zhibiao
