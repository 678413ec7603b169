#include "app/dashboard/sparkline.h"

#include "core/progress/statusstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace zhibiao {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(const Values &main, const Values &comparison)
{
    m_main = main;
    m_comparison = comparison;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {120, fontMetrics().height() * 2};
}

QSize Sparkline::minimumSizeHint() const
{
    return {60, fontMetrics().height() * 2};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    std::optional<double> low;
    std::optional<double> high;
    for (const Values *values : {&m_main, &m_comparison}) {
        for (const std::optional<double> &value : *values) {
            if (!value)
                continue;
            low = std::min(low.value_or(*value), *value);
            high = std::max(high.value_or(*value), *value);
        }
    }
    if (!low)
        return;
    const qsizetype slots = std::max(m_main.size(), m_comparison.size());
    const double span = *high - *low > 1e-9 ? *high - *low : 1.0;
    const QRectF box = QRectF(rect()).adjusted(4, 4, -4, -4);
    auto position = [&](qsizetype slot, double value) {
        const double x = slots > 1 ? box.left() + box.width() * slot / double(slots - 1) : box.center().x();
        return QPointF(x, box.bottom() - box.height() * (value - *low) / span);
    };
    auto pathOf = [&](const Values &values) {
        QPainterPath path;
        for (qsizetype slot = 0; slot < values.size(); ++slot) {
            if (!values.at(slot))
                continue;
            const QPointF point = position(slot, *values.at(slot));
            path.elementCount() == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        return path;
    };

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(SeriesColour::comparison, 1.5, Qt::DashLine));
    painter.drawPath(pathOf(m_comparison));
    painter.setPen(QPen(SeriesColour::main, 2.0));
    painter.drawPath(pathOf(m_main));
    painter.setBrush(SeriesColour::main);
    for (qsizetype slot = 0; slot < m_main.size(); ++slot) {
        if (m_main.at(slot))
            painter.drawEllipse(position(slot, *m_main.at(slot)), 2.5, 2.5);
    }
}

} // namespace zhibiao
