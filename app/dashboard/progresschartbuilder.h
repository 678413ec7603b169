#pragma once

#include <QCoreApplication>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace zhibiao {

class CriterionSeries;

// Turns one criterion's series (core's CriterionSeries) into a configured
// Qt Charts chart: growth against the target line and last year's path,
// completion against time progress, or both series of a comparison, with
// axis titles and units in the UI language and every point labelled. The
// one place that decides how a progress chart looks, so the dashboard's
// detail view and the PDF report show the same chart. Draws the series'
// numbers; computes none. Does not show or export the chart.
class ProgressChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ProgressChartBuilder)

public:
    // Object names of the chart's line series, for tests and the report.
    static constexpr const char *TargetLineName = "targetLine";

    static std::unique_ptr<QChart> build(const CriterionSeries &series);
    // Sets every text of a built chart in family: the report uses a font
    // whose PDF text layer reads back as written (core/report/pdfreport.cpp).
    static void setFontFamily(QChart &chart, const QString &family);
};

} // namespace zhibiao
