#include "app/dashboard/chartvaluelabels.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QAbstractSeries>

#include <algorithm>

namespace zhibiao {

ChartValueLabels::ChartValueLabels(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartValueLabels::place);
}

void ChartValueLabels::add(QAbstractSeries *series, QPointF value, const QString &text, bool above,
                           const QColor &colour)
{
    append(series, value, text, above ? Side::Above : Side::Below, colour);
}

void ChartValueLabels::addAtBarEnd(QAbstractSeries *series, QPointF value, const QString &text, const QColor &colour)
{
    append(series, value, text, value.x() < 0 ? Side::Left : Side::Right, colour);
}

void ChartValueLabels::append(QAbstractSeries *series, QPointF value, const QString &text, Side side,
                              const QColor &colour)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setBrush(colour);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setZValue(100); // above the series and grid
    m_labels.append(Label{series, value, side, item});
    place();
}

QStringList ChartValueLabels::texts() const
{
    QStringList texts;
    for (const Label &label : m_labels)
        texts.append(label.item->text());
    return texts;
}

void ChartValueLabels::setFontFamily(const QString &family)
{
    for (const Label &label : std::as_const(m_labels)) {
        QFont font = label.item->font();
        font.setFamily(family);
        label.item->setFont(font);
    }
    place(); // the labels' sizes changed
}

void ChartValueLabels::place()
{
    const QRectF plot = m_chart->plotArea();
    for (const Label &label : m_labels) {
        const QPointF point = m_chart->mapToPosition(label.value, label.series);
        const QRectF box = label.item->boundingRect();
        constexpr double gap = 5.0;
        double x = point.x() - box.width() / 2;
        double y = point.y() - box.height() / 2;
        switch (label.side) {
        case Side::Above:
            y = point.y() - gap - box.height();
            break;
        case Side::Below:
            y = point.y() + gap;
            break;
        case Side::Right:
            x = point.x() + gap;
            if (x + box.width() > plot.right()) // no room: the other side
                x = point.x() - gap - box.width();
            break;
        case Side::Left:
            x = point.x() - gap - box.width();
            if (x < plot.left())
                x = point.x() + gap;
            break;
        }
        // Keep every label inside the plot area, so none is cut off at an edge.
        x = std::clamp(x, plot.left(), std::max(plot.left(), plot.right() - box.width()));
        y = std::clamp(y, plot.top(), std::max(plot.top(), plot.bottom() - box.height()));
        label.item->setPos(x, y);
    }
}

} // namespace zhibiao
