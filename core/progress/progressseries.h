#pragma once

#include "core/progress/criterionseries.h"
#include "core/progress/progress.h"

#include <QList>

namespace zhibiao {

class ProgressEngine;

// One target of the year judged by ProgressEngine as of a period, and at
// every quarter end and month up to it: the verdict a dashboard tile shows,
// the quarter-end trend beside it, and the series of the detail chart and
// its tables. A snapshot of values, cheap to copy and to build again after
// an edit; it keeps no reference to the engine. Computes nothing itself.
class ProgressSeries
{
public:
    ProgressSeries(const ProgressEngine &engine, const QList<Indicator> &indicators, const Target &target,
                   Period asOf);

    const Target &target() const { return m_latest.target; }
    Period asOf() const { return m_latest.asOf; }
    // The verdict as of asOf: what the tile says.
    const TargetProgress &latest() const { return m_latest; }

    qsizetype criterionCount() const { return m_quarters.size(); }
    // Q1..Q4 of criterion; quarters after asOf have no verdict.
    const CriterionSeries &quarters(qsizetype criterion) const { return m_quarters.at(criterion); }
    // Months 1..12 of criterion; months after asOf have no verdict.
    const CriterionSeries &months(qsizetype criterion) const { return m_months.at(criterion); }
    // Whether the month-by-month path adds to the quarters: the indicator
    // is published monthly.
    bool hasMonthlyPath(qsizetype criterion) const;
    // A warning of the verdict in words, naming its indicator.
    QString warningText(const ProgressWarning &warning) const;

private:
    TargetProgress m_latest;
    QList<CriterionSeries> m_quarters;
    QList<CriterionSeries> m_months;
};

} // namespace zhibiao
