#include "app/dashboard/cityrankingchartbuilder.h"

#include "app/dashboard/chartvaluelabels.h"
#include "core/domain/indicator.h"
#include "core/domain/period.h"
#include "core/progress/citycomparison.h"
#include "core/progress/progressformat.h"
#include "core/progress/statusstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// Growth is a percentage whatever the indicator's own unit (元, 吨).
const QString growthUnit = u"%"_s;

// The other units' bars: a light grey, so the district's own stands out
// and the city's line stays readable across them.
const QColor othersColour{0xB4, 0xB4, 0xB4};

struct Bar
{
    int rank;
    QString label;
    double growth;
    bool own;
};

// The county-level units with a growth figure and a rank, best first;
// tied units keep the table's order.
QList<Bar> rankedBars(const CityComparison &comparison, const QList<PeerFigure> &figures,
                      const QHash<QString, int> &ranks)
{
    QList<Bar> bars;
    for (const PeerFigure &figure : figures) {
        const auto unit = std::ranges::find(comparison.units(), figure.unitCode, &ComparisonUnit::code);
        if (unit == comparison.units().end() || unit->kind != ComparisonUnit::Kind::County || !figure.growth
            || !ranks.contains(figure.unitCode))
            continue;
        //: The district's own unit in the ranking chart; ★ marks it besides its colour.
        const QString label = unit->ownDistrict ? CityRankingChartBuilder::tr("★ %1").arg(unit->name()) : unit->name();
        bars.append(Bar{ranks.value(figure.unitCode), label, *figure.growth, unit->ownDistrict});
    }
    std::ranges::stable_sort(bars, {}, &Bar::rank);
    return bars;
}

std::optional<PeerFigure> cityFigure(const CityComparison &comparison, const QList<PeerFigure> &figures)
{
    for (const PeerFigure &figure : figures) {
        const auto unit = std::ranges::find(comparison.units(), figure.unitCode, &ComparisonUnit::code);
        if (unit != comparison.units().end() && unit->kind == ComparisonUnit::Kind::City && figure.growth)
            return figure;
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<QChart> CityRankingChartBuilder::build(const CityComparison &comparison, const Indicator &indicator,
                                                        int month)
{
    const QList<PeerFigure> figures = comparison.figures(indicator.code, month);
    const QList<Bar> bars = rankedBars(comparison, figures, comparison.ranks(indicator.code, month));
    if (bars.isEmpty())
        return nullptr;
    const int tableMonth = figures.first().month;

    auto chart = std::make_unique<QChart>();
    // The indicator is named by the progress chart beside it (and by the report's heading).
    //: Title of the ranking chart: %1 the period of the city's table, e.g. "Jan–Jun"
    chart->setTitle(tr("Growth by county and district, %1").arg(Period::fromMonth(tableMonth)->monthLabel()));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    auto *axisUnits = new QBarCategoryAxis(chart.get());
    // Qt Charts would cut the units' names to "…" in a narrow panel; a
    // name is short, and a bar without one says nothing.
    axisUnits->setTruncateLabels(false);
    auto *axisGrowth = new QValueAxis(chart.get());
    axisGrowth->setTitleText(tr("Growth, year to date (%)"));
    axisGrowth->setLabelFormat(u"%g"_s);
    chart->addAxis(axisUnits, Qt::AlignLeft);
    chart->addAxis(axisGrowth, Qt::AlignBottom);

    auto *set = new QBarSet(tr("Counties and districts"), chart.get());
    set->setObjectName(QString::fromLatin1(BarSetName));
    set->setColor(othersColour);
    set->setBorderColor(othersColour);
    set->setSelectedColor(SeriesColour::main); // the district's own bar
    // A horizontal bar chart draws its first category at the bottom, and
    // Qt Charts cannot turn a category axis round: the last in rank goes
    // in first, so the first in rank is at the top.
    const QList<Bar> bottomUp(bars.crbegin(), bars.crend());
    double low = 0;
    double high = 0;
    for (qsizetype i = 0; i < bottomUp.size(); ++i) {
        const Bar &bar = bottomUp.at(i);
        axisUnits->append(bar.label);
        set->append(bar.growth);
        if (bar.own)
            set->selectBar(int(i));
        low = std::min(low, bar.growth);
        high = std::max(high, bar.growth);
    }
    auto *series = new QHorizontalBarSeries(chart.get());
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    series->attachAxis(axisUnits);
    series->attachAxis(axisGrowth);

    auto *labels = new ChartValueLabels(chart.get());
    for (qsizetype i = 0; i < bottomUp.size(); ++i) {
        const Bar &bar = bottomUp.at(i);
        labels->addAtBarEnd(series, QPointF(bar.growth, double(i)), formatNumber(bar.growth, growthUnit),
                            bar.own ? SeriesColour::main.darker(130) : QColor(0x4A, 0x4A, 0x4A));
    }

    if (const std::optional<PeerFigure> city = cityFigure(comparison, figures)) {
        // The city's growth across every bar, named in the legend and at its top.
        auto *line = new QLineSeries(chart.get());
        line->setObjectName(QString::fromLatin1(CityLineName));
        // Named as the words of the standing name it (the city average), and
        // short, so it fits beside the line: "Zhuzhou (city)" would not.
        //: The city's growth line in the ranking chart: "全市 11.6%"
        const QString name = tr("City %1").arg(formatFigure(*city->growth, growthUnit));
        line->setName(name);
        line->setPen(QPen(SeriesColour::target, 2.0, Qt::DashLine));
        line->append(*city->growth, -0.5);
        line->append(*city->growth, double(bars.size()) - 0.5);
        chart->addSeries(line);
        line->attachAxis(axisGrowth);
        line->attachAxis(axisUnits);
        // Its name beside the foot of the line, by the last in rank, whose
        // short bar leaves the room free.
        labels->addAtBarEnd(line, QPointF(*city->growth, 0.0), name, SeriesColour::target.darker(130));
        low = std::min(low, *city->growth);
        high = std::max(high, *city->growth);
    }

    // Room past the longest bar for its label; zero always in view, so a
    // bar's length is its growth.
    const double span = std::max(high - low, 1.0);
    axisGrowth->setRange(low < 0 ? low - span * 0.15 : 0.0, high + span * 0.15);
    axisGrowth->applyNiceNumbers();
    QObject::connect(axisGrowth, &QValueAxis::rangeChanged, labels, &ChartValueLabels::place);
    return chart;
}

} // namespace zhibiao
