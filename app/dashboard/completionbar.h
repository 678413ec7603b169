#pragma once

#include <QColor>
#include <QWidget>

namespace zhibiao {

// Completion against time progress in a dashboard tile (时间过半、任务过半):
// a bar filled to the share done, with a mark where the calendar stands.
// Draws the two shares it is given; the words beside it say the numbers.
class CompletionBar : public QWidget
{
    Q_OBJECT

public:
    explicit CompletionBar(QWidget *parent = nullptr);

    // fill: the verdict's colour when completion decides it, else neutral.
    void setShares(double completion, double timeProgress, const QColor &fill);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_completion = 0.0;
    double m_timeProgress = 0.0;
    QColor m_fill;
};

} // namespace zhibiao
