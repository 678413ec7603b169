#include "app/dashboard/rankpathchartbuilder.h"

#include "app/dashboard/chartvaluelabels.h"
#include "core/domain/period.h"
#include "core/progress/statusstyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

std::unique_ptr<QChart> RankPathChartBuilder::build(const QList<CityStanding> &path)
{
    if (path.isEmpty())
        return nullptr;
    auto chart = std::make_unique<QChart>();
    //: Title of the small chart of the district's rank at each quarter end
    chart->setTitle(tr("Rank in the city by quarter"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->hide(); // one line, named by the title

    // All four quarters across, so the path's length says how far the year is.
    auto *axisQuarters = new QBarCategoryAxis(chart.get());
    for (int quarter = 1; quarter <= 4; ++quarter)
        axisQuarters->append(Period::quarterEnd(quarter)->quarterLabel());
    int units = 1;
    for (const CityStanding &standing : path)
        units = std::max({units, standing.unitCount, standing.rank});
    auto *axisRank = new QValueAxis(chart.get());
    // 1st at the top: the axis runs downwards, so a better rank is higher.
    axisRank->setReverse(true);
    axisRank->setRange(0.5, units + 0.5);
    axisRank->setTickType(QValueAxis::TicksDynamic);
    axisRank->setTickAnchor(1.0);
    axisRank->setTickInterval(units > 12 ? 5.0 : 1.0);
    axisRank->setLabelFormat(u"%d"_s);
    //: Axis of the rank chart; the axis is turned so that 1st is at the top
    axisRank->setTitleText(tr("Rank (1st at the top)"));
    chart->addAxis(axisQuarters, Qt::AlignBottom);
    chart->addAxis(axisRank, Qt::AlignLeft);

    auto *line = new QLineSeries(chart.get());
    line->setObjectName(QString::fromLatin1(PathName));
    line->setPen(QPen(SeriesColour::main, 2.5));
    line->setPointsVisible(true);
    line->setMarkerSize(9);
    for (const CityStanding &standing : path)
        line->append(double(Period::fromMonth(standing.month)->quarter() - 1), double(standing.rank));
    chart->addSeries(line);
    line->attachAxis(axisQuarters);
    line->attachAxis(axisRank);

    auto *labels = new ChartValueLabels(chart.get());
    for (const QPointF &point : line->points())
        labels->add(line, point, QString::number(int(point.y())), true, SeriesColour::main.darker(130));
    QObject::connect(axisRank, &QValueAxis::rangeChanged, labels, &ChartValueLabels::place);
    return chart;
}

} // namespace zhibiao
