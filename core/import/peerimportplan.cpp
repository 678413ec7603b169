#include "core/import/peerimportplan.h"

#include "core/import/importerror.h"
#include "core/progress/citystanding.h"
#include "core/progress/progressengine.h"
#include "core/progress/progressformat.h"
#include "core/storage/workspace.h"

#include <QHash>

#include <cmath>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

QString cellKey(const PeerFigure &figure)
{
    return figure.unitCode + u'\n' + figure.indicatorCode;
}

QString period(int month)
{
    return Period::fromMonth(month)->label(Frequency::Monthly);
}

PeerFigure emptyLike(const PeerFigure &figure)
{
    return {figure.unitCode, figure.indicatorCode, figure.year, figure.month, {}, {}, {}};
}

// The city's table and the district's own publication both round growth
// to one decimal: a difference of half of that is the rounding's.
bool growthDiffers(double table, double entered)
{
    return std::abs(table - entered) >= 0.05;
}

// Amounts converted from 亿元 keep two decimals there: a millionth of the figure or 0.01 of its unit.
bool amountDiffers(double table, double entered)
{
    return std::abs(table - entered) > std::max(0.01, std::abs(entered) * 1e-6);
}

} // namespace

PeerImportPlan PeerImportPlan::build(PeerTableReading reading, Workspace &workspace)
{
    if (!reading.period.problem.isEmpty())
        throw ImportError(reading.period.problem);
    if (reading.figures.isEmpty())
        throw ImportError(tr("The city's table names units but none of the indicators this database tracks; "
                             "nothing to import."));
    const PeerFigure &first = reading.figures.first();
    if (first.year == 0 || first.month == 0)
        throw ImportError(tr("The title of the city's table names no year and period (such as “2022年1-6月”): "
                             "give them with --year and --period."));

    PeerImportPlan plan;
    const int year = first.year;
    const QList<Indicator> indicators = workspace.indicators().all();
    const QList<ComparisonUnit> units = workspace.comparison().units();
    QHash<QString, PeerFigure> stored;
    for (const PeerFigure &figure : workspace.comparison().figures(year)) {
        if (figure.month == first.month)
            stored.insert(cellKey(figure), figure);
    }
    for (const PeerFigure &figure : std::as_const(reading.figures)) {
        const auto before = stored.constFind(cellKey(figure));
        if (before != stored.constEnd() && *before == figure) {
            ++plan.m_unchanged;
            continue;
        }
        plan.m_new += before == stored.constEnd() ? 1 : 0;
        plan.m_changes.append(figure);
        plan.m_before.append(before == stored.constEnd() ? emptyLike(figure) : *before);
    }

    // The district's own line against what was entered here.
    const ProgressEngine engine(indicators, YearFigures(year, workspace.entries().forYear(year),
                                                        workspace.entries().forYear(year - 1)));
    const auto own = std::ranges::find_if(units, &ComparisonUnit::ownDistrict);
    QHash<QString, const Indicator *> byCode;
    for (const Indicator &indicator : indicators)
        byCode.insert(indicator.code, &indicator);
    for (const PeerFigure &figure : std::as_const(reading.figures)) {
        const Indicator *indicator = byCode.value(figure.indicatorCode);
        if (own == units.end() || figure.unitCode != own->code || !indicator)
            continue;
        if (const auto entered = engine.growthAt(*indicator, year, figure.month);
            entered && figure.growth && growthDiffers(*figure.growth, entered->value))
            plan.m_warnings.append(tr("%1, %2: the city's table gives %3 a growth of %4, the figure entered here "
                                      "is %5.")
                                       .arg(indicator->name(), period(figure.month), own->name(),
                                            formatFigure(*figure.growth, u"%"_s),
                                            formatFigure(entered->value, u"%"_s)));
        const Entry *entry = engine.figures().at(indicator->code, year, figure.month);
        if (entry && entry->ytdValue && figure.amount && amountDiffers(*figure.amount, *entry->ytdValue))
            plan.m_warnings.append(tr("%1, %2: the city's table gives %3 %4, the figure entered here is %5.")
                                       .arg(indicator->name(), period(figure.month), own->name(),
                                            formatFigure(*figure.amount, indicator->unit),
                                            formatFigure(*entry->ytdValue, indicator->unit)));
    }

    // Each published 位次 against the rank the table's own growth figures give.
    QHash<QString, QList<PeerFigure>> byIndicator;
    for (const PeerFigure &figure : std::as_const(reading.figures))
        byIndicator[figure.indicatorCode].append(figure);
    QHash<QString, const ComparisonUnit *> unitByCode;
    for (const ComparisonUnit &unit : units)
        unitByCode.insert(unit.code, &unit);
    for (const Indicator &indicator : indicators) {
        const QList<PeerFigure> table = byIndicator.value(indicator.code);
        const QHash<QString, int> ranks = CityRanking(units, indicator.lowerIsBetter).ranks(table);
        for (const PeerFigure &figure : table) {
            if (figure.publishedRank && ranks.contains(figure.unitCode)
                && ranks.value(figure.unitCode) != *figure.publishedRank)
                plan.m_warnings.append(tr("%1, %2: the city's table puts %3 in place %4, its growth in the table "
                                          "puts it in place %5.")
                                           .arg(indicator.name(), period(figure.month),
                                                unitByCode.value(figure.unitCode)->name())
                                           .arg(*figure.publishedRank)
                                           .arg(ranks.value(figure.unitCode)));
        }
    }
    plan.m_reading = std::move(reading);
    return plan;
}

void PeerImportPlan::apply(ComparisonRepository &comparison) const
{
    comparison.write(m_changes);
}

QString PeerImportPlan::summary(const QString &fileName) const
{
    QStringList lines;
    const PeerFigure &first = m_reading.figures.first();
    lines.append(tr("%1: the city's comparison table for %2 %3 (%n unit figure(s)).", nullptr,
                    int(m_reading.figures.size()))
                     .arg(fileName)
                     .arg(first.year)
                     .arg(period(first.month)));
    lines.append(tr("New: %1; revised: %2; unchanged: %3.")
                     .arg(m_new)
                     .arg(m_changes.size() - m_new)
                     .arg(m_unchanged));
    if (!m_reading.unmatchedUnits.isEmpty())
        lines.append(tr("Not units of this city, not imported: %1").arg(m_reading.unmatchedUnits.join(u", "_s)));
    if (!m_reading.unmatchedIndicators.isEmpty())
        lines.append(tr("Not indicators of this database, or not saying whether growth, amount or rank, not "
                        "imported: %1")
                         .arg(m_reading.unmatchedIndicators.join(u", "_s)));
    for (const RowIssue &issue : m_reading.rejected)
        lines.append(tr("Row %1 not read: %2").arg(issue.row).arg(issue.reason));
    for (const QString &warning : m_warnings)
        lines.append(tr("Warning: %1").arg(warning));
    return lines.join(u'\n');
}

} // namespace zhibiao
