#include "core/export/figuresheet.h"

#include "core/domain/period.h"

#include <QHash>

#include <array>
#include <map>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

enum class Part { Value, LastYear, Growth, Note };
constexpr std::array parts = {Part::Value, Part::LastYear, Part::Growth, Part::Note};

bool holds(const Entry &entry, Part part)
{
    switch (part) {
    case Part::Value:
        return entry.ytdValue.has_value();
    case Part::LastYear:
        return entry.lastYearValue.has_value();
    case Part::Growth:
        return entry.publishedGrowth.has_value();
    case Part::Note:
        return !entry.note.isEmpty();
    }
    return false;
}

ExportCell cellOf(const Entry &entry, Part part)
{
    switch (part) {
    case Part::Value:
        return ExportCell::of(entry.ytdValue);
    case Part::LastYear:
        return ExportCell::of(entry.lastYearValue);
    case Part::Growth:
        return ExportCell::of(entry.publishedGrowth);
    case Part::Note:
        return ExportCell::of(entry.note);
    }
    return {};
}

ExportColumn columnOf(int month, Part part)
{
    const QString period = Period::fromMonth(month)->monthLabel();
    switch (part) {
    case Part::Value:
        return {period, FigureSheet::tr("YTD"), FigureSheet::tr("%1 YTD").arg(period)};
    case Part::LastYear:
        return {period, FigureSheet::tr("Same period last year"), FigureSheet::tr("%1 same period last year").arg(period)};
    case Part::Growth:
        return {period, FigureSheet::tr("Growth %"), FigureSheet::tr("%1 growth %").arg(period)};
    case Part::Note:
        return {period, FigureSheet::tr("Note"), FigureSheet::tr("%1 note").arg(period)};
    }
    return {};
}

} // namespace

ExportSheet FigureSheet::build(const QString &districtName, int year, const QList<Indicator> &indicators,
                               const QList<Entry> &entries)
{
    // Which parts each month has, and every cell by indicator and month.
    std::map<int, std::array<bool, parts.size()>> monthParts;
    QHash<QString, std::map<int, const Entry *>> cells;
    for (const Entry &entry : entries) {
        auto &present = monthParts[entry.key.month];
        for (std::size_t p = 0; p < parts.size(); ++p)
            present[p] = present[p] || holds(entry, parts[p]);
        cells[entry.key.indicatorCode][entry.key.month] = &entry;
    }

    ExportSheet sheet;
    sheet.name = tr("Figures");
    //: %1 district, %2 year. The year must stay in the title: importing the file back reads it there.
    sheet.title = tr("%1: figures of %2").arg(districtName).arg(year);
    sheet.columns = {{{}, tr("Indicator"), tr("Indicator")}, {{}, tr("Code"), tr("Code")}, {{}, tr("Unit"), tr("Unit")}};
    QList<std::pair<int, Part>> layout;
    for (const auto &[month, present] : monthParts) {
        for (std::size_t p = 0; p < parts.size(); ++p) {
            if (present[p]) {
                layout.append({month, parts[p]});
                sheet.columns.append(columnOf(month, parts[p]));
            }
        }
    }

    for (const Indicator &indicator : indicators) {
        const auto byMonth = cells.constFind(indicator.code);
        if (byMonth == cells.constEnd())
            continue;
        QList<ExportCell> row = {ExportCell::of(indicator.name()), ExportCell::of(indicator.code),
                                 ExportCell::of(indicator.unit)};
        for (const auto &[month, part] : std::as_const(layout)) {
            const auto entry = byMonth->find(month);
            row.append(entry == byMonth->end() ? ExportCell() : cellOf(*entry->second, part));
        }
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace zhibiao
