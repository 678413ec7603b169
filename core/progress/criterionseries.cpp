#include "core/progress/criterionseries.h"

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

CriterionSeries::CriterionSeries(Criterion criterion, Indicator indicator, std::optional<Indicator> reference,
                                 SeriesScale scale, Period asOf, QList<Point> points)
    : m_criterion(std::move(criterion))
    , m_indicator(std::move(indicator))
    , m_reference(std::move(reference))
    , m_scale(scale)
    , m_asOf(asOf)
    , m_points(std::move(points))
{
}

bool CriterionSeries::isGrowthKind() const
{
    return m_criterion.kind == CriterionKind::GrowthAtLeast || m_criterion.kind == CriterionKind::DeclineAtLeast;
}

bool CriterionSeries::isAmountKind() const
{
    return m_criterion.kind == CriterionKind::AmountAtLeast || m_criterion.kind == CriterionKind::AmountAtMost;
}

bool CriterionSeries::hasAmountProgress() const
{
    return std::ranges::any_of(m_points, [](const Point &point) { return point.progress && point.progress->amount; });
}

bool CriterionSeries::hasValues(SeriesRole role) const
{
    for (qsizetype index = 0; index < m_points.size(); ++index) {
        if (value(role, index))
            return true;
    }
    return false;
}

QList<SeriesRole> CriterionSeries::chartRoles() const
{
    switch (m_criterion.kind) {
    case CriterionKind::GrowthAtLeast:
    case CriterionKind::DeclineAtLeast:
        return {SeriesRole::Actual, SeriesRole::Target, SeriesRole::LastYear};
    case CriterionKind::AmountAtLeast:
    case CriterionKind::AmountAtMost:
        return {SeriesRole::Completion, SeriesRole::TimeProgress};
    case CriterionKind::BelowReference:
    case CriterionKind::GrowthAboveReference:
        return {SeriesRole::Actual, SeriesRole::Reference};
    case CriterionKind::BetterThanLastYear:
        return {SeriesRole::Actual, SeriesRole::LastYear};
    }
    return {};
}

QList<SeriesRole> CriterionSeries::tableRoles() const
{
    if (isAmountKind())
        return {SeriesRole::Actual, SeriesRole::Target, SeriesRole::Completion, SeriesRole::TimeProgress};
    QList<SeriesRole> roles = chartRoles();
    // Revenue and retail sales: the growth target is also an amount to collect.
    if (isGrowthKind() && hasAmountProgress())
        roles << SeriesRole::Amount << SeriesRole::AnnualTarget << SeriesRole::Completion << SeriesRole::TimeProgress;
    return roles;
}

std::optional<double> CriterionSeries::value(SeriesRole role, qsizetype index) const
{
    const Point &point = m_points.at(index);
    if (role == SeriesRole::TimeProgress && isAmountKind() && !(point.progress && point.progress->amount)) {
        // The calendar needs no figures: 25/50/75/100% at quarter ends, so
        // completion can be read against the whole year (时间进度).
        const Period period = point.progress && point.progress->dataPeriod ? *point.progress->dataPeriod : point.period;
        return period.timeProgress() * 100.0;
    }
    if (role == SeriesRole::LastYear && !point.progress)
        return point.lastYearGrowth;
    if (!point.progress)
        return std::nullopt;
    const CriterionProgress &progress = *point.progress;
    const std::optional<AmountProgress> &amount = progress.amount;
    switch (role) {
    case SeriesRole::Actual:
        return progress.actual;
    case SeriesRole::Target:
        return progress.target;
    case SeriesRole::LastYear:
        return progress.lastYearValue;
    case SeriesRole::Reference:
        return progress.referenceValue;
    case SeriesRole::Amount:
        return amount ? std::optional(amount->ytdAmount) : std::nullopt;
    case SeriesRole::AnnualTarget:
        return amount ? std::optional(amount->annualTarget) : std::nullopt;
    case SeriesRole::Completion:
        return amount ? std::optional(amount->completion * 100.0) : std::nullopt;
    case SeriesRole::TimeProgress:
        return amount ? std::optional(amount->timeProgress * 100.0) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> CriterionSeries::targetLine() const
{
    if (!isGrowthKind())
        return std::nullopt;
    // Every verdict of the year carries the same target figure; take the latest.
    for (auto point = m_points.crbegin(); point != m_points.crend(); ++point) {
        if (point->progress && point->progress->target)
            return point->progress->target;
    }
    return std::nullopt;
}

QString CriterionSeries::name(SeriesRole role) const
{
    switch (role) {
    case SeriesRole::Actual:
        switch (m_criterion.kind) {
        case CriterionKind::GrowthAtLeast:
        case CriterionKind::DeclineAtLeast:
            return tr("Growth, year to date");
        case CriterionKind::AmountAtLeast:
        case CriterionKind::AmountAtMost:
            return tr("Amount, year to date");
        case CriterionKind::BelowReference:
            return m_indicator.name();
        case CriterionKind::GrowthAboveReference:
            //: %1 indicator name, e.g. per-capita disposable income
            return tr("%1, growth").arg(m_indicator.name());
        case CriterionKind::BetterThanLastYear:
            return tr("This year");
        }
        break;
    case SeriesRole::Target:
        return isAmountKind() ? tr("Annual target") : tr("Target");
    case SeriesRole::LastYear:
        return isGrowthKind() ? tr("Growth, same period last year") : tr("Same period last year");
    case SeriesRole::Reference: {
        const QString reference = m_reference ? m_reference->name() : m_criterion.referenceCode;
        if (m_criterion.kind == CriterionKind::GrowthAboveReference)
            return tr("%1, growth").arg(reference);
        return reference;
    }
    case SeriesRole::Amount:
        return tr("Amount, year to date");
    case SeriesRole::AnnualTarget:
        return tr("Annual target");
    case SeriesRole::Completion:
        return tr("Completion");
    case SeriesRole::TimeProgress:
        return tr("Time progress");
    }
    return {};
}

QString CriterionSeries::unit(SeriesRole role) const
{
    const QString percent = u"%"_s;
    switch (role) {
    case SeriesRole::Actual:
    case SeriesRole::Target:
    case SeriesRole::LastYear:
    case SeriesRole::Reference:
        if (isGrowthKind() || m_criterion.kind == CriterionKind::GrowthAboveReference)
            return percent;
        return m_indicator.unit;
    case SeriesRole::Amount:
    case SeriesRole::AnnualTarget:
        return m_indicator.unit;
    case SeriesRole::Completion:
    case SeriesRole::TimeProgress:
        return percent;
    }
    return {};
}

QString CriterionSeries::axisLabel(qsizetype index) const
{
    const Period period = m_points.at(index).period;
    return m_scale == SeriesScale::Quarters ? period.quarterLabel() : period.monthLabel();
}

QString CriterionSeries::periodLabel(qsizetype index) const
{
    const Point &point = m_points.at(index);
    const Period period = point.progress && point.progress->dataPeriod ? *point.progress->dataPeriod : point.period;
    return period.label(m_indicator.frequency);
}

QString CriterionSeries::indicatorName(const QString &code) const
{
    if (code == m_indicator.code)
        return m_indicator.name();
    if (m_reference && code == m_reference->code)
        return m_reference->name();
    return code;
}

} // namespace zhibiao
