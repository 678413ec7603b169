#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

class QGraphicsSimpleTextItem;

QT_BEGIN_NAMESPACE
class QChart;
class QAbstractSeries;
QT_END_NAMESPACE

namespace zhibiao {

// Value labels on the points of a chart's series, each placed above or
// below its point (lines) or past its end (horizontal bars), and kept there
// when the chart is laid out again. Qt
// Charts' own point labels (6.4) print raw doubles ("7.42574") and cannot
// be placed per point; these show the text they are given, formatted as
// the table below the chart formats it. Lives as long as its chart.
class ChartValueLabels : public QObject
{
    Q_OBJECT

public:
    explicit ChartValueLabels(QChart *chart);

    void add(QAbstractSeries *series, QPointF value, const QString &text, bool above, const QColor &colour);
    // A label past the end of a horizontal bar whose end is value (x the
    // bar's length, y its category): right of it, or left for a negative
    // bar; on the other side when the plot has no room for it there.
    void addAtBarEnd(QAbstractSeries *series, QPointF value, const QString &text, const QColor &colour);
    QStringList texts() const;
    void setFontFamily(const QString &family);
    // Puts every label by its point; called when the plot area or an axis changes.
    void place();

private:

    enum class Side { Above, Below, Right, Left };
    void append(QAbstractSeries *series, QPointF value, const QString &text, Side side, const QColor &colour);

    struct Label
    {
        QAbstractSeries *series;
        QPointF value;
        Side side;
        QGraphicsSimpleTextItem *item; // a child item of the chart, which owns it
    };

    QChart *m_chart;
    QList<Label> m_labels;
};

} // namespace zhibiao
