#pragma once

#include "core/domain/indicator.h"
#include "core/progress/progress.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace zhibiao {

// A line of a progress chart and a column of the table behind it: which of
// the engine's numbers it shows.
enum class SeriesRole {
    Actual,       // the criterion's actual: YTD growth, YTD amount or level
    Target,       // what the actual is judged against: the target growth, or the annual amount
    LastYear,     // the same period last year: last year's growth, or level
    Reference,    // the reference series: the city's rate, GDP growth
    Amount,       // the YTD amount behind a growth target on a nominal amount (revenue)
    AnnualTarget, // that amount's annual target: last year × (1 + X%)
    Completion,   // YTD amount ÷ annual target, in %
    TimeProgress, // share of the year gone at the figure's month, in %
};

enum class SeriesScale {
    Quarters, // Q1..Q4: the figure at each quarter end, or the last one in that quarter
    Months,   // 1..12: the month-by-month path of a monthly indicator
};

// One criterion of a target judged at successive periods of the year, as
// ProgressEngine judged it: the numbers a detail chart draws and its table
// lists, so both show the same ones. It picks and names the engine's
// figures; it computes none. Drawing is the app's ProgressChartBuilder's job.
class CriterionSeries
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CriterionSeries)

public:
    struct Point
    {
        // The period asked for: a quarter end or month, or "as of" when that
        // falls inside the quarter.
        Period period;
        // The engine's verdict at period; nullopt after "as of", or when the
        // indicator has no figure in the period itself (the engine would
        // repeat an earlier period's figure, which a chart must not draw twice).
        std::optional<CriterionProgress> progress;
        // Growth targets: last year's growth at period as the engine reads
        // it, also where this year has no figure yet, so last year's path
        // can be drawn to year end.
        std::optional<double> lastYearGrowth = std::nullopt;
    };

    CriterionSeries(Criterion criterion, Indicator indicator, std::optional<Indicator> reference, SeriesScale scale,
                    Period asOf, QList<Point> points);

    const Criterion &criterion() const { return m_criterion; }
    const Indicator &indicator() const { return m_indicator; }
    const std::optional<Indicator> &reference() const { return m_reference; }
    SeriesScale scale() const { return m_scale; }
    Period asOf() const { return m_asOf; }

    qsizetype size() const { return m_points.size(); }
    const Point &point(qsizetype index) const { return m_points.at(index); }
    // Whether any point has a value of role: the chart's main line without
    // one has nothing to draw, and the view says what is missing instead.
    bool hasValues(SeriesRole role) const;

    // The lines of the chart, main one first, and the columns of its table
    // (the chart's plus the amounts behind a completion).
    QList<SeriesRole> chartRoles() const;
    QList<SeriesRole> tableRoles() const;
    std::optional<double> value(SeriesRole role, qsizetype index) const;
    // The growth target as a constant, drawn as a horizontal line across
    // the year; nullopt for kinds whose yardstick moves, or no figure yet.
    std::optional<double> targetLine() const;

    // The name of the criterion's indicator or reference series with code
    // (a warning names one of them); code itself for any other.
    QString indicatorName(const QString &code) const;
    // Legend and column names in the UI language, and the values' unit.
    QString name(SeriesRole role) const;
    QString unit(SeriesRole role) const;
    // The point on the category axis: "Q1", "H1" / "Jan–May".
    QString axisLabel(qsizetype index) const;
    // The period of the figure used at the point ("Jan–Aug" at Q3 when
    // September is not out yet), else the period asked for.
    QString periodLabel(qsizetype index) const;

private:
    bool isGrowthKind() const;
    bool isAmountKind() const;
    bool hasAmountProgress() const;

    Criterion m_criterion;
    Indicator m_indicator;
    std::optional<Indicator> m_reference;
    SeriesScale m_scale;
    Period m_asOf;
    QList<Point> m_points;
};

} // namespace zhibiao
