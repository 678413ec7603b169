#include "app/dashboard/chartexport.h"

#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace zhibiao {

namespace {

void render(QChart &chart, QPainter &painter, const QRectF &target)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart.scene()->render(&painter, target, chart.sceneBoundingRect());
}

} // namespace

bool saveChartAsPng(QChart &chart, const QString &path)
{
    if (!chart.scene())
        return false;
    constexpr double scale = 2.0; // sharp in a document and on a high-DPI screen
    const QSizeF size = chart.size();
    QImage image(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(chart, painter, QRectF(QPointF(0, 0), image.size()));
    }
    return image.save(path, "PNG");
}

bool saveChartAsSvg(QChart &chart, const QString &path)
{
    if (!chart.scene())
        return false;
    const QSize size = chart.size().toSize();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart.title());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    render(chart, painter, QRectF(QPointF(0, 0), size));
    return painter.end();
}

} // namespace zhibiao
