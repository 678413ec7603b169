#pragma once

#include "core/report/reportchartpainter.h"

namespace zhibiao {

// The report's charts are the dashboard's (ProgressChartBuilder's and
// CityRankingChartBuilder's),
// laid out at the size it has on paper and drawn through the painter, so a
// PDF gets lines and text as vectors, not a bitmap.
class ChartReportPainter final : public ReportChartPainter
{
public:
    void paint(QPainter &painter, const QRectF &area, const CriterionSeries &series,
               const QString &fontFamily) const override;
    void paintRanking(QPainter &painter, const QRectF &area, const CityComparison &comparison,
                      const Indicator &indicator, int month, const QString &fontFamily) const override;
};

} // namespace zhibiao
