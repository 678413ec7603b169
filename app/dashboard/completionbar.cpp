#include "app/dashboard/completionbar.h"

#include <QPainter>

#include <algorithm>

namespace zhibiao {

CompletionBar::CompletionBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CompletionBar::setShares(double completion, double timeProgress, const QColor &fill)
{
    m_completion = completion;
    m_timeProgress = timeProgress;
    m_fill = fill;
    update();
}

QSize CompletionBar::sizeHint() const
{
    return {120, 10};
}

void CompletionBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF bar = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xE4, 0xE4, 0xE4));
    painter.drawRect(bar);
    // Over 100% (a cap exceeded, a target beaten) fills the bar: the words say how far.
    const double done = std::clamp(m_completion, 0.0, 1.0);
    painter.setBrush(m_fill);
    painter.drawRect(QRectF(bar.left(), bar.top(), bar.width() * done, bar.height()));
    const double x = bar.left() + bar.width() * std::clamp(m_timeProgress, 0.0, 1.0);
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(QPointF(x, rect().top()), QPointF(x, rect().bottom()));
}

} // namespace zhibiao
