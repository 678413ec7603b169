#include "delimitedtext.h"

#include <algorithm>
#include <array>

namespace zhibiao {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Reads the quoted field opening at text[pos] into cell; returns where the
// field ends (the delimiter, the line break or the end). Text after the
// closing quote and before the delimiter is kept, as spreadsheets do.
qsizetype readQuoted(QStringView text, qsizetype pos, QChar delimiter, QString &cell)
{
    qsizetype i = pos + 1;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c != u'"') {
            cell.append(c);
            ++i;
        } else if (i + 1 < text.size() && text[i + 1] == u'"') {
            cell.append(u'"');
            i += 2;
        } else {
            ++i;
            break;
        }
    }
    while (i < text.size() && text[i] != delimiter && !isLineBreak(text[i]))
        cell.append(text[i++]);
    return i;
}

} // namespace

QList<QStringList> splitDelimitedText(QStringView text, QChar delimiter)
{
    // Sized up front: a million-row file would otherwise grow the lists
    // (and copy them) twenty times.
    QList<QStringList> rows;
    rows.reserve(text.count(u'\n') + 1);
    QStringList row;
    qsizetype width = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        QString cell;
        qsizetype end = pos;
        if (text[pos] == u'"') {
            end = readQuoted(text, pos, delimiter, cell);
        } else {
            while (end < text.size() && text[end] != delimiter && !isLineBreak(text[end]))
                ++end;
            cell = text.sliced(pos, end - pos).toString();
        }
        row.append(std::move(cell));

        if (end < text.size() && text[end] == delimiter) {
            pos = end + 1;
            // A delimiter at the very end still opens one last, empty cell.
            if (pos == text.size())
                row.append(QString());
            continue;
        }
        width = std::max(width, row.size());
        rows.append(std::move(row));
        row = QStringList();
        row.reserve(width);
        if (end < text.size()) {
            const bool crlf = text[end] == u'\r' && end + 1 < text.size() && text[end + 1] == u'\n';
            end += crlf ? 2 : 1;
        }
        pos = end;
    }
    if (!row.isEmpty())
        rows.append(std::move(row));
    return rows;
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
    return QChar(candidates[best]);
}

} // namespace zhibiao
