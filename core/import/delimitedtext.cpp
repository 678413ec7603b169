#include "core/import/delimitedtext.h"

#include "core/export/formulaguard.h"

#include <algorithm>
#include <array>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Progress is passed on every this many characters.
constexpr qsizetype ProgressInterval = 256 * 1024;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The quoted field opening at text[pos]: where it ends (the delimiter, the
// line break or the end), and its text when that is not simply the span
// between the quotes (a doubled quote, text after the closing quote).
struct QuotedField
{
    qsizetype end = 0;
    bool verbatim = true; // the cell is text[pos + 1, closing quote)
    qsizetype closingQuote = 0;
    QString text;         // when not verbatim
};

// Text after the closing quote and before the delimiter is kept, as
// spreadsheets do.
QuotedField readQuoted(QStringView text, qsizetype pos, QChar delimiter)
{
    QuotedField field;
    qsizetype i = pos + 1;
    field.closingQuote = text.size();
    while (i < text.size()) {
        if (text[i] != u'"') {
            ++i;
        } else if (i + 1 < text.size() && text[i + 1] == u'"') {
            field.verbatim = false;
            i += 2;
        } else {
            field.closingQuote = i++;
            break;
        }
    }
    qsizetype end = i;
    while (end < text.size() && text[end] != delimiter && !isLineBreak(text[end]))
        ++end;
    field.end = end;
    field.verbatim = field.verbatim && end == i;
    if (!field.verbatim) {
        field.text = text.sliced(pos + 1, field.closingQuote - pos - 1).toString().replace(u"\"\""_s, u"\""_s);
        field.text += text.sliced(i, end - i);
    }
    return field;
}

} // namespace

RawTable splitDelimited(QString text, QChar delimiter, const ImportProgress &progress)
{
    const QStringView units(text);
    RawTable table(text); // shares text: the cells below are spans of it
    // Sized up front: a million-row file would otherwise grow the lists
    // (and copy them) twenty times.
    const qsizetype lines = units.count(u'\n') + 1;
    qsizetype pos = 0;
    qsizetype nextReport = 0;
    qsizetype cellsInRow = 0;
    bool reserved = false;
    while (pos < units.size()) {
        if (pos >= nextReport) {
            progress.advance(ImportProgress::Step::ReadingFile, pos, units.size());
            nextReport = pos + ProgressInterval;
        }
        qsizetype end = pos;
        if (units[pos] == u'"') {
            const QuotedField field = readQuoted(units, pos, delimiter);
            end = field.end;
            const QStringView cell = field.verbatim ? units.sliced(pos + 1, field.closingQuote - pos - 1)
                                                    : QStringView(field.text);
            const qsizetype guard = hasFormulaGuard(cell) ? 1 : 0;
            if (field.verbatim)
                table.addSpan(pos + 1 + guard, cell.size() - guard);
            else
                table.addCell(cell.sliced(guard));
        } else {
            while (end < units.size() && units[end] != delimiter && !isLineBreak(units[end]))
                ++end;
            const qsizetype guard = hasFormulaGuard(units.sliced(pos, end - pos)) ? 1 : 0;
            table.addSpan(pos + guard, end - pos - guard);
        }
        ++cellsInRow;

        if (end < units.size() && units[end] == delimiter) {
            pos = end + 1;
            // A delimiter at the very end still opens one last, empty cell.
            if (pos == units.size()) {
                table.addSpan(pos, 0);
                ++cellsInRow;
            }
            continue;
        }
        table.endRow();
        if (!reserved) {
            // The first row tells how wide the rest are likely to be.
            table.reserve(lines, lines * cellsInRow);
            reserved = true;
        }
        cellsInRow = 0;
        if (end < units.size()) {
            const bool crlf = units[end] == u'\r' && end + 1 < units.size() && units[end + 1] == u'\n';
            end += crlf ? 2 : 1;
        }
        pos = end;
    }
    if (cellsInRow > 0)
        table.endRow();
    progress.advance(ImportProgress::Step::ReadingFile, 1, 1);
    return table;
}

QChar detectDelimiter(QStringView text)
{
    constexpr std::array candidates = {u'\t', u',', u';'};
    std::array<qsizetype, candidates.size()> counts{};
    constexpr int linesToLookAt = 20;
    int lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && lines < linesToLookAt; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'\n') {
            ++lines;
        } else if (!quoted) {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k];
        }
    }
    std::size_t best = 1; // comma when nothing tells
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

} // namespace zhibiao
