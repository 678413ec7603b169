#pragma once

#include <QList>
#include <QWidget>

#include <optional>

namespace zhibiao {

// A small trend drawn in a dashboard tile: this year's quarter-end figures
// as a line with dots, and what they are judged against as a dashed grey
// line. Draws the values it is given; scaling to its box is all it works out.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    using Values = QList<std::optional<double>>;

    explicit Sparkline(QWidget *parent = nullptr);

    // main and comparison have one value per slot (quarter); gaps are skipped.
    void setValues(const Values &main, const Values &comparison);
    const Values &mainValues() const { return m_main; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Values m_main;
    Values m_comparison;
};

} // namespace zhibiao
