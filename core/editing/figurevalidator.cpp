#include "core/editing/figurevalidator.h"

#include "core/domain/entryfield.h"
#include "core/progress/progressengine.h"

#include <QLocale>

#include <cmath>

namespace zhibiao {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 12);
}

std::optional<double> valueAt(const std::map<EntryKey, Entry> &cells, const EntryKey &key, EntryField field)
{
    const auto found = cells.find(key);
    return found == cells.end() ? std::nullopt : fieldValue(found->second, field);
}

} // namespace

FigureValidator::FigureValidator(const QList<Indicator> &indicators, const QList<Entry> &yearEntries)
{
    for (const Indicator &indicator : indicators)
        m_indicators.insert(indicator.code, indicator);
    for (const Entry &entry : yearEntries)
        m_cells.insert_or_assign(entry.key, entry);
}

std::optional<FigureProblem> FigureValidator::check(const FigureChange &change) const
{
    const auto problems = check(QList<FigureChange>{change});
    return problems.isEmpty() ? std::nullopt : std::optional(problems.first().second);
}

QList<std::pair<FigureChange, FigureProblem>> FigureValidator::check(const QList<FigureChange> &changes) const
{
    Cells cells = m_cells;
    for (const FigureChange &change : changes) {
        Entry &entry = cells.try_emplace(change.key, Entry{change.key, {}, {}, {}, {}, {}, {}, {}}).first->second;
        setFieldValue(entry, change.field, change.after);
    }
    QList<std::pair<FigureChange, FigureProblem>> problems;
    for (const FigureChange &change : changes) {
        if (auto problem = checkOne(change, cells))
            problems.append({change, *problem});
    }
    return problems;
}

std::optional<FigureProblem> FigureValidator::checkOne(const FigureChange &change, const Cells &cells) const
{
    const auto indicator = m_indicators.constFind(change.key.indicatorCode);
    if (indicator == m_indicators.cend())
        return FigureProblem{FigureProblem::Severity::Error, tr("Unknown indicator %1.").arg(change.key.indicatorCode)};
    const auto period = Period::fromMonth(change.key.month);
    if (!period || !indicator->acceptsPeriod(*period))
        return FigureProblem{FigureProblem::Severity::Error,
                             tr("%1 is published for quarters only: enter it in March, June, September or December.")
                                 .arg(indicator->name())};
    if (!change.after)
        return std::nullopt; // clearing a cell is always allowed
    const double value = *change.after;
    if (!std::isfinite(value))
        return FigureProblem{FigureProblem::Severity::Error, tr("The figure is not a finite number.")};
    const bool isGrowth = change.field == EntryField::PublishedGrowth;
    if (!isGrowth && value < 0)
        return FigureProblem{FigureProblem::Severity::Error,
                             tr("%1 cannot be negative (%2).").arg(fieldLabel(*indicator, change.field), number(value))};
    if (!isGrowth && indicator->unit == u"%" && value > 100)
        return FigureProblem{FigureProblem::Severity::Error,
                             tr("%1 is a rate and cannot be above 100% (%2).")
                                 .arg(indicator->name(), number(value))};
    if (auto problem = checkCumulative(*indicator, change, cells))
        return problem;
    if (auto problem = checkGrowthAgreement(*indicator, change.key, cells))
        return problem;
    return checkJump(*indicator, change, cells);
}

// Year-to-date amounts only grow from month to month.
std::optional<FigureProblem> FigureValidator::checkCumulative(const Indicator &indicator, const FigureChange &change,
                                                              const Cells &cells) const
{
    if (indicator.reporting != Reporting::AmountAndGrowth || change.field == EntryField::PublishedGrowth)
        return std::nullopt;
    const double value = *change.after;
    for (int month = change.key.month - 1; month >= Period::FirstMonth; --month) {
        const auto earlier = valueAt(cells, {change.key.indicatorCode, change.key.year, month}, change.field);
        if (!earlier)
            continue;
        if (value < *earlier)
            return FigureProblem{FigureProblem::Severity::Error,
                                 tr("%1 is lower than %2 for %3: a year-to-date amount cannot fall.")
                                     .arg(number(value), number(*earlier), Period::fromMonth(month)->monthLabel())};
        break;
    }
    for (int month = change.key.month + 1; month <= Period::LastMonth; ++month) {
        const auto later = valueAt(cells, {change.key.indicatorCode, change.key.year, month}, change.field);
        if (!later)
            continue;
        if (value > *later)
            return FigureProblem{FigureProblem::Severity::Error,
                                 tr("%1 is higher than %2 for %3: a year-to-date amount cannot fall.")
                                     .arg(number(value), number(*later), Period::fromMonth(month)->monthLabel())};
        break;
    }
    return std::nullopt;
}

std::optional<FigureProblem> FigureValidator::checkGrowthAgreement(const Indicator &indicator, const EntryKey &key,
                                                                   const Cells &cells) const
{
    if (indicator.realGrowth || indicator.reporting != Reporting::AmountAndGrowth)
        return std::nullopt;
    const auto found = cells.find(key);
    if (found == cells.end())
        return std::nullopt;
    const Entry &entry = found->second;
    if (!entry.ytdValue || !entry.lastYearValue || !entry.publishedGrowth || *entry.lastYearValue == 0.0)
        return std::nullopt;
    const double computed = (*entry.ytdValue / *entry.lastYearValue - 1.0) * 100.0;
    if (std::abs(computed - *entry.publishedGrowth) <= ProgressEngine::GrowthTolerance + 1e-9)
        return std::nullopt;
    return FigureProblem{FigureProblem::Severity::Warning,
                         tr("The published growth %1% differs from %2% computed from the amounts.")
                             .arg(QLocale().toString(*entry.publishedGrowth, 'f', 1),
                                  QLocale().toString(computed, 'f', 2))};
}

// A month's increase far beyond the usual one is often a typing error
// (a missing decimal point, 万元 typed as 元).
std::optional<FigureProblem> FigureValidator::checkJump(const Indicator &indicator, const FigureChange &change,
                                                        const Cells &cells) const
{
    if (change.field != EntryField::YtdValue)
        return std::nullopt;
    const bool cumulative = indicator.reporting == Reporting::AmountAndGrowth;
    // Monthly steps (per month elapsed) of the figures up to this one.
    QList<double> steps;
    std::optional<std::pair<int, double>> previous;
    for (int month = Period::FirstMonth; month <= change.key.month; ++month) {
        const auto value = valueAt(cells, {change.key.indicatorCode, change.key.year, month}, change.field);
        if (!value)
            continue;
        if (previous) {
            const double step = (*value - previous->second) / (month - previous->first);
            steps.append(cumulative ? step : std::abs(step));
        }
        previous = std::pair{month, *value};
    }
    if (steps.size() < 3)
        return std::nullopt; // too little history to know what is usual
    const double latest = steps.takeLast();
    double usual = 0;
    for (const double step : steps)
        usual += step;
    usual /= double(steps.size());
    if (usual <= 0 || latest <= JumpFactor * usual)
        return std::nullopt;
    return FigureProblem{FigureProblem::Severity::Warning,
                         tr("This month's change (%1) is %2 times the usual (%3). Please check the figure.")
                             .arg(number(latest), QLocale().toString(latest / usual, 'f', 1), number(usual))};
}

} // namespace zhibiao
