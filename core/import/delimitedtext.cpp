#include "delimitedtext.h"

#include "formulaguard.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao {

namespace {

// Progress is passed on every this many characters.
constexpr qsizetype ProgressInterval = 256 * 1024;

// The same splitting over UTF-16 text (QString) and over UTF-8 bytes read
// straight from the file, which spares decoding a large file into a string
// twice its size first. Delimiters, quotes and line breaks are ASCII, and
// in UTF-8 an ASCII byte is never part of another character, so both are
// split unit by unit alike; only making a cell's QString differs.
template<typename Unit>
struct TextUnits;

template<>
struct TextUnits<char16_t>
{
    static QString toString(std::u16string_view units)
    {
        return QStringView(units.data(), qsizetype(units.size())).toString();
    }
    static std::size_t hash(std::u16string_view units)
    {
        return qHash(QStringView(units.data(), qsizetype(units.size())));
    }
};

template<>
struct TextUnits<char>
{
    static QString toString(std::string_view units) { return QString::fromUtf8(units.data(), qsizetype(units.size())); }
    static std::size_t hash(std::string_view units) { return qHash(QByteArrayView(units.data(), qsizetype(units.size()))); }
};

template<typename Unit>
bool isLineBreak(Unit c)
{
    return c == Unit('\n') || c == Unit('\r');
}

// Cells repeat down a column: the indicator over a run of rows, the year,
// the period, a growth rate. A cell equal to one of the last few texts of
// its column shares that text instead of allocating its own. A million-row
// file has six million cells, and allocating each was most of the time of
// splitting it (and of its memory).
template<typename Unit>
class ColumnTexts
{
public:
    QString take(qsizetype column, std::basic_string_view<Unit> units)
    {
        if (units.empty() || units.size() > MaxLength || column >= MaxColumns)
            return TextUnits<Unit>::toString(units);
        if (column >= qsizetype(m_columns.size()))
            m_columns.resize(std::size_t(column) + 1);
        Slot &slot = m_columns[std::size_t(column)][TextUnits<Unit>::hash(units) % Slots];
        if (slot.units != units) {
            slot.units.assign(units);
            slot.text = TextUnits<Unit>::toString(units);
        }
        return slot.text;
    }

private:
    struct Slot
    {
        std::basic_string<Unit> units;
        QString text;
    };
    static constexpr std::size_t MaxLength = 40; // names and figures; longer text rarely repeats
    static constexpr std::size_t Slots = 32;     // per column: the periods of a year, say
    // Each column's slots take about 2 KB: without a limit, a 10 MB line of
    // "a,a,a,…" would take 9 GB. Tables of figures are far narrower.
    static constexpr qsizetype MaxColumns = 256;
    std::vector<std::array<Slot, Slots>> m_columns;
};

// Reads the quoted field opening at text[pos] into cell; returns where the
// field ends (the delimiter, the line break or the end). Text after the
// closing quote and before the delimiter is kept, as spreadsheets do.
template<typename Unit>
std::size_t readQuoted(std::basic_string_view<Unit> text, std::size_t pos, Unit delimiter, std::basic_string<Unit> &cell)
{
    std::size_t i = pos + 1;
    while (i < text.size()) {
        const Unit c = text[i];
        if (c != Unit('"')) {
            cell.push_back(c);
            ++i;
        } else if (i + 1 < text.size() && text[i + 1] == Unit('"')) {
            cell.push_back(Unit('"'));
            i += 2;
        } else {
            ++i;
            break;
        }
    }
    while (i < text.size() && text[i] != delimiter && !isLineBreak(text[i]))
        cell.push_back(text[i++]);
    return i;
}

template<typename Unit>
QList<QStringList> split(std::basic_string_view<Unit> text, Unit delimiter, const ImportProgress &progress)
{
    // Sized up front: a million-row file would otherwise grow the lists
    // (and copy them) twenty times.
    QList<QStringList> rows;
    rows.reserve(qsizetype(std::count(text.begin(), text.end(), Unit('\n'))) + 1);
    QStringList row;
    qsizetype width = 0;
    std::size_t pos = 0;
    std::size_t nextReport = 0;
    ColumnTexts<Unit> columnTexts;
    std::basic_string<Unit> quoted;
    while (pos < text.size()) {
        if (pos >= nextReport) {
            progress.advance(ImportProgress::Step::ReadingFile, qint64(pos), qint64(text.size()));
            nextReport = pos + ProgressInterval;
        }
        QString cell;
        std::size_t end = pos;
        if (text[pos] == Unit('"')) {
            quoted.clear();
            end = readQuoted(text, pos, delimiter, quoted);
            cell = TextUnits<Unit>::toString(quoted);
        } else {
            while (end < text.size() && text[end] != delimiter && !isLineBreak(text[end]))
                ++end;
            cell = columnTexts.take(row.size(), text.substr(pos, end - pos));
        }
        if (hasFormulaGuard(cell))
            cell.remove(0, 1);
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
            const bool crlf = text[end] == Unit('\r') && end + 1 < text.size() && text[end + 1] == Unit('\n');
            end += crlf ? 2 : 1;
        }
        pos = end;
    }
    if (!row.isEmpty())
        rows.append(std::move(row));
    progress.advance(ImportProgress::Step::ReadingFile, 1, 1);
    return rows;
}

template<typename Unit>
Unit detect(std::basic_string_view<Unit> text)
{
    constexpr std::array candidates = {Unit('\t'), Unit(','), Unit(';')};
    std::array<qsizetype, candidates.size()> counts{};
    constexpr int linesToLookAt = 20;
    int lines = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size() && lines < linesToLookAt; ++i) {
        const Unit c = text[i];
        if (c == Unit('"')) {
            quoted = !quoted;
        } else if (!quoted && c == Unit('\n')) {
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

std::u16string_view unitsOf(QStringView text)
{
    return {text.utf16(), std::size_t(text.size())};
}

std::string_view unitsOf(QByteArrayView utf8)
{
    return {utf8.data(), std::size_t(utf8.size())};
}

} // namespace

QList<QStringList> splitDelimitedText(QStringView text, QChar delimiter, const ImportProgress &progress)
{
    return split(unitsOf(text), delimiter.unicode(), progress);
}

QList<QStringList> splitDelimitedUtf8(QByteArrayView utf8, char delimiter, const ImportProgress &progress)
{
    return split(unitsOf(utf8), delimiter, progress);
}

QChar detectDelimiter(QStringView text)
{
    return QChar(detect(unitsOf(text)));
}

char detectDelimiter(QByteArrayView utf8)
{
    return detect(unitsOf(utf8));
}

} // namespace zhibiao
