#include "core/export/statussheet.h"

#include "core/progress/progressformat.h"
#include "core/progress/yearprogress.h"

#include <QHash>

namespace zhibiao {

namespace {

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
                     plain(tr("Target status", "column: the status of the whole target"))};

    for (const ProgressSeries &series : year.series) {
        const TargetProgress &progress = series.latest();
        for (const CriterionProgress &criterion : progress.criteria) {
            const Indicator *indicator = byCode.value(criterion.criterion.indicatorCode);
            sheet.rows.append({
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
            });
        }
    }
    return sheet;
}

} // namespace zhibiao
