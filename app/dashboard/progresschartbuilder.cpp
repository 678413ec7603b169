#include "app/dashboard/progresschartbuilder.h"

#include "app/dashboard/chartvaluelabels.h"
#include "core/progress/criterionseries.h"
#include "core/progress/progressformat.h"
#include "core/progress/statusstyle.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

enum class Marker { Circle, Square, Diamond };

// Each line differs in colour, dash and marker shape, so none depends on
// colour alone.
struct LineStyle
{
    QColor colour;
    Qt::PenStyle dash;
    qreal width;
    Marker marker;
};

LineStyle styleOf(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Actual:
    case SeriesRole::Completion:
    case SeriesRole::Amount:
        return {SeriesColour::main, Qt::SolidLine, 3.0, Marker::Circle};
    case SeriesRole::Target:
    case SeriesRole::AnnualTarget:
        return {SeriesColour::target, Qt::DashLine, 2.0, Marker::Circle};
    case SeriesRole::Reference:
        return {SeriesColour::reference, Qt::DashDotLine, 2.0, Marker::Square};
    case SeriesRole::LastYear:
    case SeriesRole::TimeProgress:
        return {SeriesColour::comparison, Qt::DashLine, 2.0, Marker::Diamond};
    }
    return {};
}

QImage markerImage(Marker marker, const QColor &colour, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(colour);
    const QRectF box(1, 1, size - 2, size - 2);
    switch (marker) {
    case Marker::Circle:
        painter.drawEllipse(box);
        break;
    case Marker::Square:
        painter.drawRect(box.adjusted(1, 1, -1, -1));
        break;
    case Marker::Diamond: {
        const QPointF centre = box.center();
        painter.drawPolygon(QPolygonF({QPointF(centre.x(), box.top()), QPointF(box.right(), centre.y()),
                                       QPointF(centre.x(), box.bottom()), QPointF(box.left(), centre.y())}));
        break;
    }
    }
    return image;
}

QString valueAxisTitle(const CriterionSeries &series)
{
    switch (series.criterion().kind) {
    case CriterionKind::GrowthAtLeast:
    case CriterionKind::DeclineAtLeast:
    case CriterionKind::GrowthAboveReference:
        return ProgressChartBuilder::tr("Growth, year to date (%)");
    case CriterionKind::AmountAtLeast:
    case CriterionKind::AmountAtMost:
        //: Axis of a chart of completion and time progress, both in % of the year's
        return ProgressChartBuilder::tr("Share of the year (%)");
    case CriterionKind::BelowReference:
    case CriterionKind::BetterThanLastYear:
        //: Axis of a chart of levels, e.g. "Level (μg/m³)"
        return ProgressChartBuilder::tr("Level (%1)").arg(series.unit(SeriesRole::Actual));
    }
    return {};
}

} // namespace

std::unique_ptr<QChart> ProgressChartBuilder::build(const CriterionSeries &series)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(series.indicator().name());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    auto *axisX = new QBarCategoryAxis(chart.get());
    for (qsizetype i = 0; i < series.size(); ++i)
        axisX->append(series.axisLabel(i));
    axisX->setTitleText(series.scale() == SeriesScale::Quarters ? tr("Year to date, by quarter")
                                                                : tr("Year to date, by month"));
    auto *axisY = new QValueAxis(chart.get());
    axisY->setTitleText(valueAxisTitle(series));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    const QList<SeriesRole> roles = series.chartRoles();
    const SeriesRole mainRole = roles.first();
    std::optional<double> low;
    std::optional<double> high;
    const auto include = [&](double value) {
        low = std::min(low.value_or(value), value);
        high = std::max(high.value_or(value), value);
    };
    // A label goes on the side of its point away from the nearest other
    // line: the main line's away from the first comparison (the target, the
    // reference), the others' away from the main line, or from the target
    // where this year has no point yet.
    const auto comparisonAt = [&](qsizetype index) -> std::optional<double> {
        if (roles.size() < 2)
            return std::nullopt;
        if (roles.at(1) == SeriesRole::Target)
            return series.targetLine();
        return series.value(roles.at(1), index);
    };
    const auto labelAbove = [&](SeriesRole role, qsizetype index, double value) {
        const std::optional<double> main = series.value(mainRole, index);
        if (role != mainRole && main)
            return value > *main;
        const std::optional<double> other = comparisonAt(index);
        return !other || value >= *other;
    };

    auto *labels = new ChartValueLabels(chart.get());
    const double lastX = double(series.size() - 1);
    for (const SeriesRole role : roles) {
        // A line without a single value would only add a legend entry for nothing.
        if (role != SeriesRole::Target && role != mainRole && !series.hasValues(role))
            continue;
        const LineStyle style = styleOf(role);
        auto *line = new QLineSeries(chart.get());
        line->setName(series.name(role));
        line->setPen(QPen(style.colour, style.width, style.dash, Qt::RoundCap));
        if (role == SeriesRole::Target) {
            // The target is one figure for the year: a line across all quarters.
            const std::optional<double> target = series.targetLine();
            if (!target)
                continue;
            line->setObjectName(QString::fromLatin1(TargetLineName));
            line->setName(tr("%1: %2").arg(series.name(role), formatFigure(*target, series.unit(role))));
            line->append(-0.5, *target);
            line->append(lastX + 0.5, *target);
            include(*target);
        } else {
            line->setPointsVisible(true);
            const int markerSize = role == mainRole ? 11 : 10;
            line->setMarkerSize(markerSize);
            line->setLightMarker(markerImage(style.marker, style.colour, markerSize));
            for (qsizetype i = 0; i < series.size(); ++i) {
                if (const std::optional<double> value = series.value(role, i)) {
                    line->append(double(i), *value);
                    include(*value);
                }
            }
        }
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        if (role == SeriesRole::Target)
            continue;
        for (const QPointF &point : line->points())
            labels->add(line, point, formatNumber(point.y(), series.unit(role)),
                        labelAbove(role, qsizetype(point.x()), point.y()), style.colour.darker(130));
    }

    if (mainRole == SeriesRole::Completion) {
        // Shares of the year: 0 to 100% (or beyond, for a cap exceeded) in quarters of the year.
        constexpr double quarter = 25.0;
        const double top = std::max(high.value_or(100.0), 100.0) + quarter / 2; // room for the labels
        axisY->setRange(std::min(low.value_or(0.0), 0.0), std::ceil(top / quarter) * quarter);
        axisY->setTickType(QValueAxis::TicksDynamic);
        axisY->setTickAnchor(0.0);
        axisY->setTickInterval(quarter);
    } else {
        // Room above and below the lines for their labels.
        const double span = low ? std::max(*high - *low, 1.0) : 1.0;
        axisY->setRange(low.value_or(0.0) - span * 0.2, high.value_or(1.0) + span * 0.2);
        axisY->applyNiceNumbers();
    }
    axisY->setLabelFormat(u"%g"_s);
    QObject::connect(axisY, &QValueAxis::rangeChanged, labels, &ChartValueLabels::place);
    return chart;
}

void ProgressChartBuilder::setFontFamily(QChart &chart, const QString &family)
{
    const auto inFamily = [&family](QFont font) {
        font.setFamily(family);
        return font;
    };
    chart.setTitleFont(inFamily(chart.titleFont()));
    chart.legend()->setFont(inFamily(chart.legend()->font()));
    const QList<QAbstractAxis *> axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(inFamily(axis->labelsFont()));
        axis->setTitleFont(inFamily(axis->titleFont()));
    }
    if (auto *labels = chart.findChild<ChartValueLabels *>())
        labels->setFontFamily(family);
}

} // namespace zhibiao
