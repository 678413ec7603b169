#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace zhibiao {

class CityComparison;
class CriterionSeries;
struct Indicator;

// Draws a criterion's progress chart into the report. The report's layout
// is core's, but its charts are Qt Charts, a widget module core must not
// depend on; the app supplies the painter, so the PDF shows the very chart
// of the dashboard's detail view.
class ReportChartPainter
{
public:
    virtual ~ReportChartPainter() = default;
    // Draws the chart of series into area (the painter's coordinates) as
    // vectors, in the font family given for the report's text.
    virtual void paint(QPainter &painter, const QRectF &area, const CriterionSeries &series,
                       const QString &fontFamily) const = 0;
    // Draws the ranked chart of the city's units on indicator, from the
    // city's table up to month, like the detail view's.
    virtual void paintRanking(QPainter &painter, const QRectF &area, const CityComparison &comparison,
                              const Indicator &indicator, int month, const QString &fontFamily) const = 0;
};

} // namespace zhibiao
