#include "core/progress/progressengine.h"

#include <algorithm>
#include <cmath>

namespace zhibiao {

namespace {

// Figures are stored as doubles; a gap this small is a tie, not a miss.
constexpr double Tie = 1e-9;

bool hasAmount(const Entry &entry) { return entry.ytdValue.has_value(); }

// Settles status and gap once actual and target are known. higherIsBetter
// turns the gap's sign so that + is always good news; strict comparisons
// ("below the city", "better than last year") treat a tie as not met.
void judge(CriterionProgress &progress, bool higherIsBetter, bool strict)
{
    if (!progress.actual || !progress.target || !progress.dataPeriod) {
        progress.status = Status::NoData;
        return;
    }
    const double gap = higherIsBetter ? *progress.actual - *progress.target : *progress.target - *progress.actual;
    progress.gap = gap;
    const bool met = strict ? gap > Tie : gap > -Tie;
    if (!met)
        progress.status = progress.dataPeriod->isYearEnd() ? Status::Missed : Status::Behind;
    else
        progress.status = progress.dataPeriod->isYearEnd() ? Status::Achieved : Status::OnTrack;
}

// The period whose figure the indicator publishes by asOf.
std::optional<Period> expectedPeriod(const Indicator &indicator, Period asOf)
{
    switch (indicator.frequency) {
    case Frequency::Monthly:
        // January's figure comes out with February's (1-2月).
        return asOf.month() == 1 ? std::nullopt : std::optional<Period>(asOf);
    case Frequency::Quarterly:
        return Period::fromMonth(asOf.month() - asOf.month() % 3);
    case Frequency::Annual:
        // Partial figures may come in any month; only the year's is due.
        return asOf.isYearEnd() ? std::optional<Period>(asOf) : std::nullopt;
    }
    return std::nullopt;
}

Period periodOf(const Entry &entry)
{
    return *Period::fromMonth(entry.key.month);
}

} // namespace

ProgressEngine::ProgressEngine(const QList<Indicator> &indicators, YearFigures figures, CityComparison comparison)
    : m_figures(std::move(figures))
    , m_comparison(std::move(comparison))
{
    for (const Indicator &indicator : indicators)
        m_indicators.insert(indicator.code, indicator);
}

const Indicator *ProgressEngine::indicator(const QString &code) const
{
    const auto found = m_indicators.constFind(code);
    return found == m_indicators.cend() ? nullptr : &*found;
}

QList<TargetProgress> ProgressEngine::evaluate(const QList<Target> &targets, Period asOf) const
{
    QList<TargetProgress> results;
    results.reserve(targets.size());
    for (const Target &target : targets)
        results.append(evaluate(target, asOf));
    return results;
}

TargetProgress ProgressEngine::evaluate(const Target &target, Period asOf) const
{
    TargetProgress result{target, asOf, {}, Status::Achieved};
    for (const Criterion &criterion : target.criteria) {
        result.criteria.append(evaluate(criterion, asOf));
        result.status = std::max(result.status, result.criteria.last().status);
    }
    if (result.criteria.isEmpty())
        result.status = Status::NoData;
    return result;
}

CriterionProgress ProgressEngine::evaluate(const Criterion &criterion, Period asOf) const
{
    CriterionProgress progress;
    progress.criterion = criterion;
    progress.asOf = asOf;
    const Indicator *measured = indicator(criterion.indicatorCode);
    if (!measured) {
        progress.missing = Missing::Figures;
        return progress;
    }
    switch (criterion.kind) {
    case CriterionKind::GrowthAtLeast:
    case CriterionKind::DeclineAtLeast:
        evaluateGrowth(*measured, progress);
        break;
    case CriterionKind::AmountAtLeast:
    case CriterionKind::AmountAtMost:
        evaluateAmount(*measured, progress);
        break;
    case CriterionKind::BelowReference:
        evaluateBelowReference(*measured, progress);
        break;
    case CriterionKind::GrowthAboveReference:
        evaluateGrowthAboveReference(*measured, progress);
        break;
    case CriterionKind::BetterThanLastYear:
        evaluateBetterThanLastYear(*measured, progress);
        break;
    }
    progress.expectedPeriod = expectedPeriod(*measured, asOf);
    if (progress.isStale()) {
        progress.status = Status::NoData;
        progress.missing = Missing::CurrentFigure;
    }
    progress.cityStanding = m_comparison.standing(criterion.indicatorCode, asOf.month());
    return progress;
}

std::optional<ProgressEngine::Growth> ProgressEngine::growthAt(const Indicator &indicator, int year, int month,
                                                               QList<ProgressWarning> *warnings) const
{
    const Entry *entry = m_figures.at(indicator.code, year, month);
    if (!entry)
        return std::nullopt;
    std::optional<double> computed;
    // Real growth (GDP at comparable prices) cannot be derived from nominal amounts.
    if (!indicator.realGrowth && entry->ytdValue) {
        const std::optional<double> lastYear = m_figures.lastYearAmount(*entry);
        if (lastYear && *lastYear != 0.0)
            computed = (*entry->ytdValue / *lastYear - 1.0) * 100.0;
    }
    if (entry->publishedGrowth) {
        if (warnings && computed && std::abs(*computed - *entry->publishedGrowth) > GrowthTolerance + Tie)
            warnings->append(ProgressWarning{ProgressWarning::Kind::GrowthDisagrees, indicator.code, periodOf(*entry),
                                             *entry->publishedGrowth, *computed});
        return Growth{*entry->publishedGrowth, GrowthSource::Published};
    }
    if (computed)
        return Growth{*computed, GrowthSource::Computed};
    return std::nullopt;
}

// Growth ≥ X% and decline ≥ X% (growth ≤ −X%).
void ProgressEngine::evaluateGrowth(const Indicator &indicator, CriterionProgress &progress) const
{
    progress.measure = Measure::Growth;
    const bool decline = progress.criterion.kind == CriterionKind::DeclineAtLeast;
    for (int month = progress.asOf.month(); month >= Period::FirstMonth && !progress.actual; --month) {
        if (const auto growth = growthAt(indicator, year(), month, &progress.warnings)) {
            progress.dataPeriod = Period::fromMonth(month);
            progress.actual = growth->value;
            progress.growthSource = growth->source;
        }
    }
    if (!progress.actual) {
        progress.missing = Missing::Figures;
        return;
    }
    const int month = progress.dataPeriod->month();
    if (const auto lastYear = growthAt(indicator, year() - 1, month))
        progress.lastYearValue = lastYear->value;
    progress.projection = Projection{*progress.actual, ProjectionMethod::LatestGrowthCarried};
    if (!progress.criterion.figure) {
        progress.missing = Missing::TargetFigure;
        return;
    }
    const double figure = *progress.criterion.figure;
    progress.target = decline ? -figure : figure;
    judge(progress, !decline, false);
    // A growth target on a nominal amount is also an amount to collect
    // (revenue: last year × 1.08), judged by the calendar in the reports.
    const Entry *entry = m_figures.at(indicator.code, year(), month);
    if (!decline && indicator.reporting == Reporting::AmountAndGrowth && !indicator.realGrowth && entry)
        progress.amount = growthTargetAsAmount(indicator, *entry, figure);
}

std::optional<AmountProgress> ProgressEngine::growthTargetAsAmount(const Indicator &indicator, const Entry &entry,
                                                                   double growthTarget) const
{
    const std::optional<double> lastYearFull = m_figures.lastYearFullAmount(indicator.code);
    if (!entry.ytdValue || !lastYearFull || *lastYearFull <= 0.0)
        return std::nullopt;
    const double annualTarget = *lastYearFull * (1.0 + growthTarget / 100.0);
    return AmountProgress{*entry.ytdValue, annualTarget, *entry.ytdValue / annualTarget,
                          periodOf(entry).timeProgress()};
}

// Amount ≥ X (grain) and amount ≤ X (energy cap), judged against time
// progress during the year and on the amount itself at year end.
void ProgressEngine::evaluateAmount(const Indicator &indicator, CriterionProgress &progress) const
{
    progress.measure = Measure::Amount;
    const Entry *entry = m_figures.latestUpTo(indicator.code, year(), progress.asOf.month(), hasAmount);
    if (!entry) {
        progress.missing = Missing::Figures;
        return;
    }
    const Period period = periodOf(*entry);
    progress.dataPeriod = period;
    progress.actual = entry->ytdValue;
    progress.projection = projectAmount(*entry);
    if (!progress.criterion.figure || *progress.criterion.figure <= 0.0) {
        progress.missing = Missing::TargetFigure;
        return;
    }
    const double figure = *progress.criterion.figure;
    const bool atMost = progress.criterion.kind == CriterionKind::AmountAtMost;
    progress.target = figure;
    progress.amount = AmountProgress{*entry->ytdValue, figure, *entry->ytdValue / figure, period.timeProgress()};
    judge(progress, !atMost, false);
    if (!period.isYearEnd()) {
        // 时间过半、任务过半: during the year the share done is compared with
        // the share of the year gone; a cap is kept when less is used.
        const double ahead = progress.amount->aheadOfTime();
        const bool onPace = atMost ? ahead < Tie : ahead > -Tie;
        progress.status = onPace ? Status::OnTrack : Status::Behind;
    }
}

std::optional<Projection> ProgressEngine::projectAmount(const Entry &entry) const
{
    if (!entry.ytdValue)
        return std::nullopt;
    const Period period = periodOf(entry);
    if (period.isYearEnd())
        return Projection{*entry.ytdValue, ProjectionMethod::LastYearSeasonalShare};
    const std::optional<double> lastYearSame = m_figures.lastYearAmount(entry);
    const std::optional<double> lastYearFull = m_figures.lastYearFullAmount(entry.key.indicatorCode);
    if (lastYearSame && lastYearFull && *lastYearSame > 0.0 && *lastYearFull > 0.0)
        return Projection{*entry.ytdValue / (*lastYearSame / *lastYearFull), ProjectionMethod::LastYearSeasonalShare};
    return Projection{*entry.ytdValue / period.timeProgress(), ProjectionMethod::LinearPace};
}

// Unemployment below the city's rate: both series at the latest month both have.
void ProgressEngine::evaluateBelowReference(const Indicator &indicator, CriterionProgress &progress) const
{
    progress.measure = Measure::Level;
    const QString &reference = progress.criterion.referenceCode;
    const Entry *own = m_figures.latestUpTo(indicator.code, year(), progress.asOf.month(), hasAmount);
    if (!own) {
        progress.missing = Missing::Figures;
        return;
    }
    const Entry *common = m_figures.latestUpTo(indicator.code, year(), progress.asOf.month(), [&](const Entry &entry) {
        const Entry *other = m_figures.at(reference, year(), entry.key.month);
        return entry.ytdValue && other && other->ytdValue;
    });
    if (!common) {
        // Show the district's own latest figure while the city's is awaited.
        progress.dataPeriod = periodOf(*own);
        progress.actual = own->ytdValue;
        progress.missing = Missing::ReferenceFigures;
        return;
    }
    const Period period = periodOf(*common);
    progress.dataPeriod = period;
    progress.referencePeriod = period;
    progress.actual = common->ytdValue;
    progress.referenceValue = m_figures.at(reference, year(), period.month())->ytdValue;
    progress.target = progress.referenceValue;
    judge(progress, false, true);
}

// Income growth above GDP growth, at the latest period both have.
void ProgressEngine::evaluateGrowthAboveReference(const Indicator &indicator, CriterionProgress &progress) const
{
    progress.measure = Measure::Growth;
    const Indicator *reference = this->indicator(progress.criterion.referenceCode);
    std::optional<Period> ownLatest;
    for (int month = progress.asOf.month(); month >= Period::FirstMonth; --month) {
        QList<ProgressWarning> warnings;
        const auto own = growthAt(indicator, year(), month, &warnings);
        if (!own)
            continue;
        if (!ownLatest)
            ownLatest = Period::fromMonth(month);
        const auto other = reference ? growthAt(*reference, year(), month) : std::nullopt;
        if (!other)
            continue;
        progress.dataPeriod = Period::fromMonth(month);
        progress.referencePeriod = progress.dataPeriod;
        progress.actual = own->value;
        progress.growthSource = own->source;
        progress.referenceValue = other->value;
        progress.target = other->value;
        progress.warnings = warnings;
        judge(progress, true, true);
        return;
    }
    progress.missing = ownLatest ? Missing::ReferenceFigures : Missing::Figures;
    if (ownLatest) {
        progress.dataPeriod = ownLatest;
        const auto own = growthAt(indicator, year(), ownLatest->month(), &progress.warnings);
        progress.actual = own->value;
        progress.growthSource = own->source;
    }
}

// PM2.5 down, good-air days up: this year against the same period last year.
void ProgressEngine::evaluateBetterThanLastYear(const Indicator &indicator, CriterionProgress &progress) const
{
    progress.measure = indicator.reporting == Reporting::AmountAndGrowth ? Measure::Amount : Measure::Level;
    const Entry *own = m_figures.latestUpTo(indicator.code, year(), progress.asOf.month(), hasAmount);
    if (!own) {
        progress.missing = Missing::Figures;
        return;
    }
    const Entry *comparable = m_figures.latestUpTo(indicator.code, year(), progress.asOf.month(),
                                                   [&](const Entry &entry) {
                                                       return entry.ytdValue && m_figures.lastYearAmount(entry);
                                                   });
    const Entry *used = comparable ? comparable : own;
    progress.dataPeriod = periodOf(*used);
    progress.actual = used->ytdValue;
    if (!comparable) {
        progress.missing = Missing::LastYearFigures;
        return;
    }
    progress.lastYearValue = m_figures.lastYearAmount(*comparable);
    progress.target = progress.lastYearValue;
    judge(progress, !indicator.lowerIsBetter, true);
}

} // namespace zhibiao
