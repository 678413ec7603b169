#pragma once

#include "core/domain/indicator.h"
#include "core/progress/citycomparison.h"
#include "core/progress/progress.h"
#include "core/progress/yearfigures.h"

#include <QHash>
#include <QList>

#include <optional>

namespace zhibiao {

// Judges the year's targets at any month or quarter end: the one place
// where actual figures, target figures, gaps, statuses and projections are
// computed. The dashboard, the charts, the PDF summary and the exports all
// read its results; none of them computes a figure of its own.
//
// Pure: it works on a snapshot of figures (YearFigures) and touches no
// storage, so it is cheap to build again after an edit.
class ProgressEngine
{
public:
    struct Growth
    {
        double value;
        GrowthSource source;
    };

    // comparison: the city's table of the year, for the district's rank
    // beside each criterion; empty, no rank is stated.
    ProgressEngine(const QList<Indicator> &indicators, YearFigures figures, CityComparison comparison = {});

    int year() const { return m_figures.year(); }
    const YearFigures &figures() const { return m_figures; }
    const CityComparison &comparison() const { return m_comparison; }

    TargetProgress evaluate(const Target &target, Period asOf) const;
    QList<TargetProgress> evaluate(const QList<Target> &targets, Period asOf) const;

    // YTD growth of the indicator in month of year: as published, or
    // computed from the amounts when nothing was published and the growth is
    // nominal. When both exist and differ by more than rounding, a warning
    // is appended to warnings (if given).
    std::optional<Growth> growthAt(const Indicator &indicator, int year, int month,
                                   QList<ProgressWarning> *warnings = nullptr) const;

    // Published and computed growth may differ by this much (percentage
    // points) from rounding of the published figures.
    static constexpr double GrowthTolerance = 0.1;

private:
    CriterionProgress evaluate(const Criterion &criterion, Period asOf) const;
    void evaluateGrowth(const Indicator &indicator, CriterionProgress &progress) const;
    void evaluateAmount(const Indicator &indicator, CriterionProgress &progress) const;
    void evaluateBelowReference(const Indicator &indicator, CriterionProgress &progress) const;
    void evaluateGrowthAboveReference(const Indicator &indicator, CriterionProgress &progress) const;
    void evaluateBetterThanLastYear(const Indicator &indicator, CriterionProgress &progress) const;
    std::optional<AmountProgress> growthTargetAsAmount(const Indicator &indicator, const Entry &entry,
                                                       double growthTarget) const;
    std::optional<Projection> projectAmount(const Entry &entry) const;
    const Indicator *indicator(const QString &code) const;

    QHash<QString, Indicator> m_indicators;
    YearFigures m_figures;
    CityComparison m_comparison;
};

} // namespace zhibiao
