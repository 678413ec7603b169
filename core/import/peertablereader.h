#pragma once

#include "core/domain/peerfigure.h"
#include "core/import/figurereader.h"
#include "core/import/periodtext.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace zhibiao {

class IndicatorMatcher;
class RawTable;
class UnitMatcher;

// The city statistics bureau's comparison table, read: every unit's
// figures for the indicators it names, and what could not be read.
struct PeerTableReading
{
    enum class Layout {
        UnitsAsRows,    // a row per unit; per indicator a column of growth, of 位次, of amounts
        UnitsAsColumns, // a row per indicator (and measure); a column per unit
    };
    Layout layout = Layout::UnitsAsRows;
    PeriodText period; // the year and period the title names
    // One per unit and indicator, in table order; year and month are the
    // period's (0 where the title names none).
    QList<PeerFigure> figures;
    // Headers (or row labels) naming no indicator, or not saying whether
    // they hold growth, amounts or ranks; units' names not known.
    QStringList unmatchedIndicators;
    QStringList unmatchedUnits;
    QList<RowIssue> rejected; // cells that are not figures, by row
};

// Recognises a comparison table by its unit names (three or more units
// down one column or across one row) and reads it; nullopt when the table
// is not one (then it is an ordinary table of the district's figures).
// options give the year and period when the title names none.
class PeerTableReader
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::PeerTableReader)

public:
    PeerTableReader(const UnitMatcher &units, const IndicatorMatcher &indicators, const ImportOptions &options = {});

    std::optional<PeerTableReading> read(const RawTable &table) const;

    // What a header or row label holds.
    enum class Measure { Growth, Amount, Rank };
    struct Column
    {
        const Indicator *indicator = nullptr;
        std::optional<Measure> measure;
        std::optional<double> factor; // amounts: to the indicator's unit
    };
    // group: a merged header over it ("规模工业增加值" over "增速(%)"),
    // empty for a header of one row.
    Column classify(QStringView group, QStringView label) const;

private:
    struct Grid;
    PeerTableReading readUnitsAsRows(const RawTable &table, int unitColumn) const;
    PeerTableReading readUnitsAsColumns(const RawTable &table, int headerRow) const;
    void finish(const RawTable &table, int firstHeaderRow, PeerTableReading &reading) const;
    // Stores text's figure in figure's field for column; false when the
    // text is not a figure (reading.rejected gets why).
    bool take(QStringView text, const Column &column, PeerFigure &figure, int row, PeerTableReading &reading) const;

    const UnitMatcher &m_units;
    const IndicatorMatcher &m_indicators;
    ImportOptions m_options;
};

} // namespace zhibiao
