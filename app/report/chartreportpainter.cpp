#include "app/report/chartreportpainter.h"

#include "app/dashboard/cityrankingchartbuilder.h"
#include "app/dashboard/progresschartbuilder.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

namespace zhibiao {

namespace {

// Lays chart out in screen pixels (96 per inch) at the size it has on
// paper, so its type comes out at the point sizes it has on screen, and
// draws it into area.
void render(std::unique_ptr<QChart> built, QPainter &painter, const QRectF &area, const QString &fontFamily)
{
    if (!fontFamily.isEmpty())
        ProgressChartBuilder::setFontFamily(*built, fontFamily);
    built->setBackgroundVisible(false);
    built->setDropShadowEnabled(false);

    constexpr double screenDpi = 96.0;
    const double toScreen = screenDpi / painter.device()->logicalDpiX();
    const QSizeF size = area.size() * toScreen;

    QGraphicsScene scene;
    QChart *chart = built.release(); // the scene owns its items
    scene.addItem(chart);
    chart->resize(size);
    chart->layout()->activate(); // lay out now, not on the next event loop turn
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, area, scene.sceneRect());
}

} // namespace

void ChartReportPainter::paint(QPainter &painter, const QRectF &area, const CriterionSeries &series,
                               const QString &fontFamily) const
{
    render(ProgressChartBuilder::build(series), painter, area, fontFamily);
}

void ChartReportPainter::paintRanking(QPainter &painter, const QRectF &area, const CityComparison &comparison,
                                      const Indicator &indicator, int month, const QString &fontFamily) const
{
    if (std::unique_ptr<QChart> chart = CityRankingChartBuilder::build(comparison, indicator, month))
        render(std::move(chart), painter, area, fontFamily);
}

} // namespace zhibiao
