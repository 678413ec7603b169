#include "app/report/chartreportpainter.h"

#include "app/dashboard/progresschartbuilder.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

namespace zhibiao {

void ChartReportPainter::paint(QPainter &painter, const QRectF &area, const CriterionSeries &series,
                               const QString &fontFamily) const
{
    std::unique_ptr<QChart> built = ProgressChartBuilder::build(series);
    if (!fontFamily.isEmpty())
        ProgressChartBuilder::setFontFamily(*built, fontFamily);
    built->setBackgroundVisible(false);
    built->setDropShadowEnabled(false);

    // Laid out in screen pixels (96 per inch) at the size it has on paper,
    // so its type comes out at the point sizes it has on screen.
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

} // namespace zhibiao
