#pragma once

#include <QCoreApplication>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace zhibiao {

class CityComparison;
struct Indicator;

// Turns the city's comparison table of one indicator and period (core's
// CityComparison) into a ranked horizontal bar chart: every county-level
// unit's growth, best first by the ranks core gives (so the indicator's
// polarity decides), the district's own bar in another colour and marked
// with ★ in its label, and the city's growth as a labelled line. The one
// place that decides how the ranking chart looks. Draws the table's
// numbers; ranks and computes none.
class CityRankingChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CityRankingChartBuilder)

public:
    // Object names, for tests and the report.
    static constexpr const char *BarSetName = "unitGrowth";
    static constexpr const char *CityLineName = "cityLine";

    // The chart for the table up to month (CityComparison::figures), or
    // nullptr when there is none for the indicator.
    static std::unique_ptr<QChart> build(const CityComparison &comparison, const Indicator &indicator, int month);
};

} // namespace zhibiao
