#pragma once

#include "core/progress/citystanding.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace zhibiao {

// Turns the district's rank at each quarter end (core's
// CityComparison::quarterPath) into a small line chart: the quarters
// across, the rank up the side with 1st at the top, so up is better
// whatever the indicator's polarity, and every point labelled with its
// rank. Draws core's ranks; computes none.
class RankPathChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::RankPathChartBuilder)

public:
    static constexpr const char *PathName = "rankPath";

    // nullptr without a standing at any quarter end.
    static std::unique_ptr<QChart> build(const QList<CityStanding> &path);
};

} // namespace zhibiao
