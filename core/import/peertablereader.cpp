#include "core/import/peertablereader.h"

#include "core/editing/numberparser.h"
#include "core/import/indicatormatcher.h"
#include "core/import/rawtable.h"
#include "core/import/unitmatcher.h"
#include "core/import/unitscale.h"

#include <QHash>

#include <array>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using Measure = PeerTableReader::Measure;

// The city's tables put their header near the top and their units in the
// first columns; looking further only finds figures that happen to match.
constexpr int LookRows = 40;
constexpr int LookColumns = 8;
// Fewer unit names than this in a column or row is a coincidence, not a comparison table.
constexpr int MinimumUnits = 3;

// The figure of unit and indicator in reading, added empty the first time:
// a unit's cells of one indicator (growth, amount, 位次) make one figure.
PeerFigure &figureOf(PeerTableReading &reading, QHash<QString, qsizetype> &index, const ComparisonUnit &unit,
                     const Indicator &indicator)
{
    const QString key = unit.code + u'\n' + indicator.code;
    auto found = index.constFind(key);
    if (found == index.constEnd()) {
        found = index.insert(key, reading.figures.size());
        reading.figures.append({unit.code, indicator.code, 0, 0, {}, {}, {}});
    }
    return reading.figures[*found];
}

struct MeasureWord
{
    QString word; // folded
    Measure measure;
};

// The words a city table's headers use for what a column holds, longest
// first so that a suffix is stripped whole ("同比增长" before "增长").
const std::array<MeasureWord, 21> &measureWords()
{
    static const std::array<MeasureWord, 21> words = {{
        {u"比上年同期增长"_s, Measure::Growth}, {u"同比增长率"_s, Measure::Growth},
        {u"比上年增长"_s, Measure::Growth},     {u"同比增长"_s, Measure::Growth},
        {u"全市排位"_s, Measure::Rank},         {u"全市位次"_s, Measure::Rank},
        {u"增长率"_s, Measure::Growth},         {u"完成额"_s, Measure::Amount},
        {u"绝对值"_s, Measure::Amount},         {u"绝对额"_s, Measure::Amount},
        {u"growth"_s, Measure::Growth},         {u"amount"_s, Measure::Amount},
        {u"增速"_s, Measure::Growth},           {u"增幅"_s, Measure::Growth},
        {u"增长"_s, Measure::Growth},           {u"位次"_s, Measure::Rank},
        {u"排位"_s, Measure::Rank},             {u"排名"_s, Measure::Rank},
        {u"名次"_s, Measure::Rank},             {u"rank"_s, Measure::Rank},
        {u"总量"_s, Measure::Amount},
    }};
    return words;
}

std::optional<Measure> measureOf(const QString &key, const QString &bracket)
{
    for (const MeasureWord &word : measureWords()) {
        if (key == word.word)
            return word.measure;
    }
    if (key.isEmpty() && bracket == u"%")
        return Measure::Growth;
    return std::nullopt;
}

// 3, "第3位", "第3名", "3位": the rank the city published.
std::optional<int> rankOf(QStringView text)
{
    QString key = foldedKey(text);
    key.remove(u'第').remove(u'位').remove(u'名');
    bool ok = false;
    const int rank = key.toInt(&ok);
    return ok && rank > 0 ? std::optional<int>(rank) : std::nullopt;
}

bool isBlankCell(QStringView text)
{
    return text.trimmed().isEmpty();
}

// A column of line numbers (序号) holds numbers that are no one's figures.
bool isLineNumberHeader(QStringView text)
{
    const QString key = foldedKey(text);
    return key == u"序号" || key == u"no." || key == u"排序";
}

// A row or column that holds at least one figure-like cell.
bool looksLikeFigure(QStringView text)
{
    return !isBlankCell(text) && parseFigure(text).isValue();
}

} // namespace

PeerTableReader::PeerTableReader(const UnitMatcher &units, const IndicatorMatcher &indicators,
                                 const ImportOptions &options)
    : m_units(units)
    , m_indicators(indicators)
    , m_options(options)
{
}

PeerTableReader::Column PeerTableReader::classify(QStringView group, QStringView label) const
{
    Column column;
    QString bracket;
    const QString key = splitBracketedUnit(foldedKey(label), bracket);
    if (!isBlankCell(group)) {
        // A merged header over this one: the indicator above, the measure here.
        const IndicatorName name = m_indicators.match(group);
        std::optional<Measure> measure = measureOf(key, bracket);
        QString amountUnit = bracket.isEmpty() ? name.unit : bracket;
        if (!measure && name.indicator && unitFactor(key, name.indicator->unit)) {
            measure = Measure::Amount; // a header that is only a unit: "亿元"
            amountUnit = key;
        }
        if (measure) {
            column.indicator = name.indicator;
            column.measure = measure;
            if (column.indicator && *measure == Measure::Amount) {
                column.factor = amountUnit.isEmpty() ? 1.0 : unitFactor(amountUnit, column.indicator->unit);
                if (!column.factor)
                    column.measure.reset(); // an amount in a unit that is not the indicator's kind
            }
            return column;
        }
    }
    const IndicatorName name = m_indicators.match(label);
    if (name.indicator) {
        column.indicator = name.indicator;
        if (name.growthRow || name.unit == u"%")
            column.measure = Measure::Growth;
        else if (!name.unit.isEmpty() && unitFactor(name.unit, name.indicator->unit))
            column.measure = Measure::Amount;
        else if (name.indicator->reporting == Reporting::GrowthOnly)
            column.measure = Measure::Growth; // published as a growth rate only
        if (column.measure == Measure::Amount)
            column.factor = unitFactor(name.unit, name.indicator->unit);
        return column;
    }
    // "规模工业增加值位次", "社会消费品零售总额绝对值(亿元)": the name, then what it holds.
    for (const MeasureWord &word : measureWords()) {
        if (key.endsWith(word.word) && key.size() > word.word.size()) {
            const IndicatorName stripped = m_indicators.match(key.chopped(word.word.size()));
            if (!stripped.indicator)
                continue;
            column.indicator = stripped.indicator;
            column.measure = word.measure;
            if (word.measure == Measure::Amount) {
                column.factor = bracket.isEmpty() ? 1.0 : unitFactor(bracket, stripped.indicator->unit);
                if (!column.factor)
                    column.measure.reset();
            }
            return column;
        }
    }
    return column;
}

bool PeerTableReader::take(QStringView text, const Column &column, PeerFigure &figure, int row,
                           PeerTableReading &reading) const
{
    if (isBlankCell(text))
        return true;
    if (column.measure == Measure::Rank) {
        const ParsedNumber number = parseFigure(text);
        if (number.isMissing())
            return true;
        if (const auto rank = rankOf(text)) {
            figure.publishedRank = rank;
            return true;
        }
        reading.rejected.append({row + 1, text.toString(),
                                 tr("“%1” is not a rank (位次) of %2.").arg(text.toString(), column.indicator->name())});
        return false;
    }
    const ParsedNumber number = parseFigure(text);
    if (number.isMissing())
        return true;
    if (number.isError()) {
        reading.rejected.append({row + 1, text.toString(),
                                 tr("“%1” is not a figure of %2: %3")
                                     .arg(text.toString(), column.indicator->name(), number.errorMessage())});
        return false;
    }
    if (column.measure == Measure::Growth)
        figure.growth = number.value();
    else
        figure.amount = scaleAmount(number.value(), column.factor.value_or(1.0));
    return true;
}

std::optional<PeerTableReading> PeerTableReader::read(const RawTable &table) const
{
    const int rows = std::min(table.rowCount(), LookRows);
    // The column (units down it) and the row (units across it) with the most unit names.
    int bestColumn = -1, columnUnits = 0, bestRow = -1, rowUnits = 0;
    for (int c = 0; c < LookColumns; ++c) {
        int found = 0;
        for (int r = 0; r < table.rowCount(); ++r)
            found += m_units.match(table.cell(r, c)) ? 1 : 0;
        if (found > columnUnits)
            std::tie(bestColumn, columnUnits) = std::pair(c, found);
    }
    for (int r = 0; r < rows; ++r) {
        const RawRow cells = table.row(r);
        int found = 0;
        for (qsizetype c = 0; c < cells.size(); ++c)
            found += m_units.match(cells.at(c)) ? 1 : 0;
        if (found > rowUnits)
            std::tie(bestRow, rowUnits) = std::pair(r, found);
    }
    if (std::max(columnUnits, rowUnits) < MinimumUnits)
        return std::nullopt;
    return columnUnits >= rowUnits ? readUnitsAsRows(table, bestColumn) : readUnitsAsColumns(table, bestRow);
}

PeerTableReading PeerTableReader::readUnitsAsRows(const RawTable &table, int unitColumn) const
{
    PeerTableReading reading;
    reading.layout = PeerTableReading::Layout::UnitsAsRows;
    int firstUnitRow = 0;
    while (!m_units.match(table.cell(firstUnitRow, unitColumn)))
        ++firstUnitRow;
    // The header: the non-blank row above the first unit, and above it a
    // row of merged group headers when it has more than a title's one cell.
    int labelRow = firstUnitRow - 1;
    while (labelRow >= 0 && table.row(labelRow).isBlank())
        --labelRow;
    int groupRow = labelRow - 1;
    while (groupRow >= 0 && table.row(groupRow).isBlank())
        --groupRow;
    if (groupRow >= 0) {
        const RawRow cells = table.row(groupRow);
        int filled = 0;
        for (qsizetype c = unitColumn + 1; c < cells.size(); ++c)
            filled += isBlankCell(cells.at(c)) ? 0 : 1;
        if (filled == 0)
            groupRow = -1; // a title
    }

    qsizetype width = 0;
    for (int r = std::max(labelRow, 0); r < table.rowCount(); ++r)
        width = std::max(width, table.row(r).size());
    QList<Column> columns(width);
    QList<QString> headers(width);
    QString group;
    for (int c = 0; c < width; ++c) {
        if (c == unitColumn)
            continue;
        const QStringView above = groupRow >= 0 ? table.cell(groupRow, c).trimmed() : QStringView();
        const QStringView label = labelRow >= 0 ? table.cell(labelRow, c).trimmed() : QStringView();
        // A merged group header fills its first cell only: it stands over the
        // columns to its right until the next one.
        if (!above.isEmpty())
            group = above.toString();
        else if (label.isEmpty())
            group.clear();
        if (isLineNumberHeader(label) || isLineNumberHeader(above))
            continue;
        columns[c] = label.isEmpty() ? classify({}, group) : classify(group, label);
        // "规模工业增加值增速 | 位次": a bare measure belongs to the indicator on its left.
        if (!columns.at(c).indicator && c > 0 && columns.at(c - 1).indicator) {
            QString bracket;
            const QString key = splitBracketedUnit(foldedKey(label), bracket);
            if (const auto measure = measureOf(key, bracket); measure && measure != Measure::Amount)
                columns[c] = {columns.at(c - 1).indicator, measure, std::nullopt};
        }
        headers[c] = (group.isEmpty() || label.isEmpty() || group == label) ? (label.isEmpty() ? group : label.toString())
                                                                              : group + u' ' + label.toString();
    }

    QHash<QString, qsizetype> figureIndex; // for figureOf
    QList<bool> columnHasFigures(width, false);
    for (int r = firstUnitRow; r < table.rowCount(); ++r) {
        const RawRow cells = table.row(r);
        if (cells.isBlank())
            continue;
        const ComparisonUnit *unit = m_units.match(cells.at(unitColumn));
        if (!unit) {
            bool figures = false;
            for (qsizetype c = 0; c < cells.size() && !figures; ++c)
                figures = c != unitColumn && looksLikeFigure(cells.at(c));
            if (figures && !reading.unmatchedUnits.contains(cells.at(unitColumn).trimmed().toString()))
                reading.unmatchedUnits.append(cells.at(unitColumn).trimmed().toString());
            continue;
        }
        for (int c = 0; c < width; ++c) {
            if (c == unitColumn)
                continue;
            const QStringView text = cells.at(c);
            const Column &column = columns.at(c);
            if (!column.indicator || !column.measure) {
                columnHasFigures[c] = columnHasFigures.at(c) || looksLikeFigure(text);
                continue;
            }
            take(text, column, figureOf(reading, figureIndex, *unit, *column.indicator), r, reading);
        }
    }
    for (int c = 0; c < width; ++c) {
        if (columnHasFigures.at(c) && !headers.at(c).isEmpty())
            reading.unmatchedIndicators.append(headers.at(c));
        else if (columnHasFigures.at(c))
            reading.unmatchedIndicators.append(tr("column %1 (no header)").arg(c + 1));
    }
    finish(table, groupRow >= 0 ? groupRow : std::max(labelRow, 0), reading);
    return reading;
}

PeerTableReading PeerTableReader::readUnitsAsColumns(const RawTable &table, int headerRow) const
{
    PeerTableReading reading;
    reading.layout = PeerTableReading::Layout::UnitsAsColumns;
    const RawRow header = table.row(headerRow);
    QList<const ComparisonUnit *> unitOf(header.size(), nullptr);
    int firstUnitColumn = int(header.size());
    int unitNameColumn = -1; // a column saying each row's unit of measure ("单位": %, 亿元)
    for (qsizetype c = 0; c < header.size(); ++c) {
        unitOf[c] = m_units.match(header.at(c));
        if (unitOf.at(c))
            firstUnitColumn = std::min(firstUnitColumn, int(c));
    }
    for (int c = 0; c < firstUnitColumn; ++c) {
        const QString key = foldedKey(header.at(c));
        if (key == u"单位" || key == u"计量单位" || key == u"unit")
            unitNameColumn = c;
    }
    for (qsizetype c = firstUnitColumn; c < header.size(); ++c) {
        if (!unitOf.at(c) && !isBlankCell(header.at(c)))
            reading.unmatchedUnits.append(header.at(c).trimmed().toString());
    }

    QHash<QString, qsizetype> figureIndex;
    QString group; // the last indicator named without a measure: rows of 增速, 位次 under it
    for (int r = headerRow + 1; r < table.rowCount(); ++r) {
        const RawRow cells = table.row(r);
        if (cells.isBlank())
            continue;
        QString label;
        for (int c = 0; c < firstUnitColumn && label.isEmpty(); ++c) {
            if (c != unitNameColumn)
                label = cells.at(c).trimmed().toString();
        }
        if (unitNameColumn >= 0 && !isBlankCell(cells.at(unitNameColumn)))
            label += u'(' + cells.at(unitNameColumn).trimmed().toString() + u')';
        Column column = classify({}, label);
        if (!column.indicator && !group.isEmpty())
            column = classify(group, label);
        bool figures = false;
        for (qsizetype c = firstUnitColumn; c < cells.size() && !figures; ++c)
            figures = unitOf.value(c) && looksLikeFigure(cells.at(c));
        if (column.indicator && !column.measure) {
            group = label;
            if (figures)
                reading.unmatchedIndicators.append(label);
            continue;
        }
        if (!column.indicator) {
            if (figures)
                reading.unmatchedIndicators.append(label);
            continue;
        }
        for (qsizetype c = firstUnitColumn; c < cells.size(); ++c) {
            const ComparisonUnit *unit = unitOf.value(c);
            if (!unit)
                continue;
            take(cells.at(c), column, figureOf(reading, figureIndex, *unit, *column.indicator), r, reading);
        }
    }
    finish(table, headerRow, reading);
    return reading;
}

void PeerTableReader::finish(const RawTable &table, int firstHeaderRow, PeerTableReading &reading) const
{
    // The title names the period: "2022年1-6月各县市区主要经济指标".
    for (int r = 0; r <= firstHeaderRow && reading.period.isEmpty(); ++r) {
        const RawRow cells = table.row(r);
        for (qsizetype c = 0; c < cells.size() && reading.period.isEmpty(); ++c)
            reading.period = findPeriodIn(cells.at(c));
    }
    const int year = reading.period.year.value_or(m_options.year.value_or(0));
    const int month = reading.period.month.value_or(m_options.month.value_or(0));
    // A unit with nothing in any of its cells is not in the table.
    reading.figures.removeIf([](const PeerFigure &figure) {
        return !figure.growth && !figure.amount && !figure.publishedRank;
    });
    for (PeerFigure &figure : reading.figures) {
        figure.year = year;
        figure.month = month;
    }
}

} // namespace zhibiao
