#include "core/import/xlsxsheetparser.h"

#include <QDate>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Excel's largest sheet; a reference beyond it is a damaged file.
constexpr int MaxRows = 1048576;
constexpr int MaxColumns = 16384;

struct CellRef
{
    int row = -1;
    int column = -1;
};

// "B12" -> row 11, column 1. Either part may be missing (row/column -1).
CellRef parseCellRef(QStringView ref)
{
    CellRef cell;
    qsizetype i = 0;
    int column = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        column = std::min(column * 26 + (ref[i].toUpper().unicode() - u'A' + 1), MaxColumns + 1);
    if (i > 0)
        cell.column = column - 1;
    bool ok = false;
    const int row = ref.sliced(i).toInt(&ok);
    if (ok && row >= 1)
        cell.row = row - 1;
    return cell;
}

// Whether there is more to read. When a damaged zip entry fails to inflate,
// the device's read fails while it still claims more bytes: the reader
// reports a premature end but not atEnd(), and reading on asks the device
// again, forever.
bool hasMore(const QXmlStreamReader &xml)
{
    return !xml.atEnd() && !xml.hasError();
}

// Reads text runs until the end of the element named endName: <t> text,
// skipping phonetic runs (<rPh>) that would double Japanese and Chinese names.
QString readRichText(QXmlStreamReader &xml, QStringView endName)
{
    QString text;
    int phoneticDepth = 0;
    while (hasMore(xml)) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phoneticDepth;
            else if (xml.name() == u"t" && phoneticDepth == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phoneticDepth;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

// Number formats 14-22 and 45-47 are Excel's built-in dates and times;
// 27-36 and 50-58 the East Asian ones.
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A custom format shows a date when it has y, m or d outside quoted text and
// brackets (colours, locales) and is not a plain number pattern.
bool isDateFormatCode(QStringView code)
{
    bool quoted = false;
    bool bracket = false;
    for (const QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            bracket = true;
        else if (!quoted && c == u']')
            bracket = false;
        else if (!quoted && !bracket && (c == u'y' || c == u'Y' || c == u'd' || c == u'D' || c == u'm' || c == u'M'))
            return true;
    }
    return false;
}

void setCell(QList<QStringList> &rows, int row, int column, const QString &text)
{
    if (rows.size() <= row)
        rows.resize(row + 1);
    QStringList &cells = rows[row];
    if (cells.size() <= column)
        cells.resize(column + 1);
    cells[column] = text;
}

// Merged ranges may fill this many cells, or as many as the sheet holds if
// that is more. Real sheets merge headers and names over a few cells; a
// damaged or hostile one can merge "A1:XFD1048576" over a sheet that
// reaches both edges, hundreds of gigabytes of cells.
constexpr qint64 MinMergedCells = 1'000'000;

// Fills the range with its top-left text, within width columns (whole-row
// merges such as "A1:XFD1" stop at the widest row actually used). Returns
// false when that would take more than the cells left in budget.
bool fillMergedRange(QList<QStringList> &rows, QStringView ref, qsizetype width, qint64 &budget)
{
    const qsizetype colon = ref.indexOf(u':');
    if (colon < 0)
        return true;
    const CellRef first = parseCellRef(ref.first(colon));
    const CellRef last = parseCellRef(ref.sliced(colon + 1));
    if (first.row < 0 || first.column < 0 || last.row < first.row || last.column < first.column
        || first.row >= rows.size())
        return true;
    const QString text = first.column < rows.at(first.row).size() ? rows.at(first.row).at(first.column) : QString();
    if (text.isEmpty())
        return true;
    const int lastRow = std::min(last.row, int(rows.size()) - 1);
    const int lastColumn = std::min(last.column, int(width) - 1);
    budget -= qint64(lastRow - first.row + 1) * std::max(0, lastColumn - first.column + 1);
    if (budget < 0)
        return false;
    for (int r = first.row; r <= lastRow; ++r) {
        for (int c = first.column; c <= lastColumn; ++c) {
            if (r != first.row || c != first.column)
                setCell(rows, r, c, text);
        }
    }
    return true;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(const QStringList &sharedStrings, const QSet<int> &dateStyles)
    : m_sharedStrings(sharedStrings)
    , m_dateStyles(dateStyles)
{
}

QString XlsxSheetParser::cellText(const QString &type, int style, const QString &value) const
{
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == u"b")
        return value == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"str" || type == u"e" || type == u"d" || value.isEmpty())
        return value;
    // A number: its shortest exact decimal, never an exponent, so that the
    // figure parser reads back exactly the value Excel stored.
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return value;
    if (m_dateStyles.contains(style) && number >= 1 && number < 2958466) {
        // Day 0 is 1899-12-30 once Excel's imaginary 29 February 1900 is behind.
        return QDate(1899, 12, 30).addDays(qint64(std::floor(number))).toString(Qt::ISODate);
    }
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

bool XlsxSheetParser::parse(QIODevice &worksheet, QList<QStringList> &rows) const
{
    QXmlStreamReader xml(&worksheet);
    QStringList mergedRanges;
    int row = -1;
    int column = -1;
    while (hasMore(xml)) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const int r = xml.attributes().value("r"_L1).toInt();
            row = r >= 1 ? r - 1 : row + 1;
            column = -1;
            if (row >= MaxRows)
                return false;
        } else if (xml.name() == u"c") {
            const CellRef ref = parseCellRef(xml.attributes().value("r"_L1));
            column = ref.column >= 0 ? ref.column : column + 1;
            if (ref.row >= 0)
                row = ref.row;
            if (row < 0 || row >= MaxRows || column >= MaxColumns)
                return false;
            const QString type = xml.attributes().value("t"_L1).toString();
            const int style = xml.attributes().value("s"_L1).toInt();
            QString value;
            while (hasMore(xml)) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.name() == u"is")
                    value = readRichText(xml, u"is");
            }
            const QString text = type == u"inlineStr" ? value : cellText(type, style, value);
            if (!text.isEmpty())
                setCell(rows, row, column, text);
        } else if (xml.name() == u"mergeCell") {
            mergedRanges.append(xml.attributes().value("ref"_L1).toString());
        }
    }
    if (xml.hasError())
        return false;
    // Fills stay within the rows and columns used, so neither changes: the
    // width is measured once, not per range.
    qsizetype width = 0;
    qint64 cells = 0;
    for (const QStringList &cellsOfRow : std::as_const(rows)) {
        width = std::max(width, cellsOfRow.size());
        cells += cellsOfRow.size();
    }
    qint64 budget = std::max(MinMergedCells, cells);
    for (const QString &range : std::as_const(mergedRanges)) {
        if (!fillMergedRange(rows, range, width, budget))
            return false;
    }
    return true;
}

bool XlsxSheetParser::readSharedStrings(QIODevice &part, QStringList &strings)
{
    QXmlStreamReader xml(&part);
    while (hasMore(xml)) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings.append(readRichText(xml, u"si"));
    }
    return !xml.hasError();
}

bool XlsxSheetParser::readDateStyles(QIODevice &part, QSet<int> &dateStyles)
{
    QXmlStreamReader xml(&part);
    QHash<int, bool> customIsDate;
    bool inCellXfs = false;
    int xfIndex = 0;
    while (hasMore(xml)) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"numFmt") {
            customIsDate.insert(xml.attributes().value("numFmtId"_L1).toInt(),
                                isDateFormatCode(xml.attributes().value("formatCode"_L1)));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = xml.attributes().value("numFmtId"_L1).toInt();
            if (customIsDate.contains(id) ? customIsDate.value(id) : isBuiltInDateFormat(id))
                dateStyles.insert(xfIndex);
            ++xfIndex;
        }
    }
    return !xml.hasError();
}

} // namespace zhibiao
