#include "core/export/statussheet.h"

#include "core/progress/progressformat.h"
#include "core/progress/warninglight.h"
#include "core/progress/yearprogress.h"

#include <QHash>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

ExportColumn plain(const QString &label)
{
    return {{}, label, label};
}

// The engine's numbers rounded as the window shows them (8.1, not
// 8.13648293963): this sheet is read by people; the figures sheet keeps
// every entered value exactly.
ExportCell asShown(const std::optional<double> &value, const CriterionProgress &criterion, const Indicator *indicator)
{
    if (!value)
        return {};
    return ExportCell::of(roundedAsShown(*value, criterion.measure, indicator ? indicator->unit : QString()));
}

// The light as the dashboard says it, in words with its symbol, and what
// yellow allows: never a colour alone.
QList<ExportCell> lightCells(const CriterionProgress &criterion, const Indicator *indicator)
{
    if (!indicator)
        return {ExportCell{}, ExportCell{}};
    const WarningLight light = warningLight(criterion, *indicator);
    return {ExportCell::of(lightText(light.colour)), ExportCell::of(thresholdText(light, *indicator))};
}

// Where the district stands in the city's table, as numbers a spreadsheet
// can sort and filter: rank, units ranked, gap to the city in percentage
// points (as shown: one decimal) and the table's period. Empty without
// the city's figures.
QList<ExportCell> standingCells(const CriterionProgress &criterion)
{
    const std::optional<CityStanding> &standing = criterion.cityStanding;
    if (!standing)
        return {ExportCell{}, ExportCell{}, ExportCell{}, ExportCell{}};
    const std::optional<Period> period = Period::fromMonth(standing->month);
    const std::optional<double> gap = standing->gapToCity
        ? std::optional(roundedAsShown(*standing->gapToCity, Measure::Growth, u"%"_s))
        : std::nullopt;
    return {ExportCell::of(double(standing->rank)), ExportCell::of(double(standing->unitCount)),
            ExportCell::of(gap), ExportCell::of(period ? period->monthLabel() : QString())};
}

} // namespace

ExportSheet StatusSheet::build(const YearProgress &year)
{
    QHash<QString, const Indicator *> byCode;
    for (const Indicator &indicator : year.indicators)
        byCode.insert(indicator.code, &indicator);

    ExportSheet sheet;
    sheet.name = tr("Target status", "name of the sheet");
    //: %1 year, %2 period such as 1-5月
    sheet.title = tr("Status of the %1 targets as of %2").arg(year.year()).arg(year.asOf.monthLabel());
    sheet.columns = {plain(tr("No.")),    plain(tr("Target")),     plain(tr("As written")),
                     plain(tr("Measured by")), plain(tr("Figures of")), plain(tr("Actual")),
                     plain(tr("Target figure")), plain(tr("Gap")),  plain(tr("Criterion status")),
                     plain(tr("Target status", "column: the status of the whole target")),
                     plain(tr("Warning light")), plain(tr("Light threshold")),
                     plain(tr("Rank in city")), plain(tr("Units ranked")),
                     plain(tr("Gap to city (pp)", "column: growth minus the city's, in percentage points")),
                     plain(tr("City table of", "column: the period of the city's comparison table"))};

    for (const ProgressSeries &series : year.series) {
        const TargetProgress &progress = series.latest();
        for (const CriterionProgress &criterion : progress.criteria) {
            const Indicator *indicator = byCode.value(criterion.criterion.indicatorCode);
            QList<ExportCell> row = {
                ExportCell::of(double(progress.target.ordinal)),
                ExportCell::of(progress.target.title()),
                ExportCell::of(progress.target.statement()),
                ExportCell::of(indicator ? indicator->name() : criterion.criterion.indicatorCode),
                ExportCell::of(criterion.dataPeriod && indicator ? criterion.dataPeriod->label(indicator->frequency)
                                                                 : QString()),
                asShown(criterion.actual, criterion, indicator),
                asShown(criterion.target, criterion, indicator),
                asShown(criterion.gap, criterion, indicator),
                ExportCell::of(statusText(criterion.status)),
                ExportCell::of(statusText(progress.status)),
            };
            row.append(lightCells(criterion, indicator));
            row.append(standingCells(criterion));
            sheet.rows.append(row);
        }
    }
    return sheet;
}

} // namespace zhibiao
