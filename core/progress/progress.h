#pragma once

#include "core/domain/period.h"
#include "core/domain/target.h"
#include "core/progress/citystanding.h"

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// Where a target stands at one period. Ordered from best to worst, so the
// status of a target with several criteria is the worst of theirs.
enum class Status {
    Achieved, // the year-end figure is in and the target is met
    OnTrack,  // met at the period, or ahead of time progress
    NoData,   // a figure needed for the verdict is missing, or the latest is older than the period
    Behind,   // not met at the period, during the year
    Missed,   // the year-end figure is in and the target is not met (未完成)
};

// What the actual and target figures of a criterion measure.
enum class Measure {
    Growth, // year-to-date growth in %; gaps in percentage points
    Amount, // a year-to-date amount in the indicator's unit
    Level,  // a rate or level (unemployment %, PM2.5 μg/m³)
};

// Where a growth rate came from.
enum class GrowthSource {
    Published, // entered as the statistics bureau published it
    Computed,  // this year's YTD amount over the same period last year
};

enum class ProjectionMethod {
    LatestGrowthCarried, // the latest YTD growth taken as the full-year growth
    LastYearSeasonalShare, // YTD amount ÷ last year's share of the year done by the same month
    LinearPace,          // YTD amount × 12 ÷ months elapsed, when last year's figures are missing
};

// Why something is missing, so the UI can say what to enter.
enum class Missing {
    Nothing,
    Figures,         // no figure for the indicator up to the period
    TargetFigure,    // a city-set figure not entered yet
    ReferenceFigures, // no figure of the reference series at a period the indicator has
    LastYearFigures, // nothing from last year to compare with
    CurrentFigure,   // the latest figure (dataPeriod) is older than the period asks for
};

// A figure that looks inconsistent; shown beside the verdict, never hidden.
struct ProgressWarning
{
    enum class Kind { GrowthDisagrees };
    Kind kind;
    QString indicatorCode;
    Period period;
    double published;
    double computed;

    // In words, naming the indicator as the UI calls it.
    QString message(const QString &indicatorName) const;
    friend bool operator==(const ProgressWarning &, const ProgressWarning &) = default;
};

struct Projection
{
    double value; // in the criterion's measure: growth % or full-year amount
    ProjectionMethod method;
    friend bool operator==(const Projection &, const Projection &) = default;
};

// Completion of an amount against time progress (时间进度).
struct AmountProgress
{
    double ytdAmount;
    double annualTarget; // e.g. last year's full-year revenue × 1.08
    double completion;   // ytdAmount ÷ annualTarget, 0..1+
    double timeProgress; // months elapsed ÷ 12 at the figure's period
    // completion − timeProgress: positive is ahead of the calendar.
    double aheadOfTime() const { return completion - timeProgress; }
    friend bool operator==(const AmountProgress &, const AmountProgress &) = default;
};

// The verdict on one criterion of a target at one period, with the numbers
// behind it. Every number the dashboard, charts and PDF show comes from here.
struct CriterionProgress
{
    Criterion criterion;
    Period asOf = Period::yearEnd();
    // The period whose figure was used: asOf, or the last period before it
    // with a figure (a monthly series published only at quarter ends).
    std::optional<Period> dataPeriod;
    // The period whose figure the indicator would have published by asOf
    // (asOf for monthly figures, the last quarter end for quarterly ones,
    // the year end for annual ones); nullopt when none is due yet.
    std::optional<Period> expectedPeriod;
    Measure measure = Measure::Growth;
    std::optional<double> actual;
    std::optional<GrowthSource> growthSource;
    // The target in the same measure: the growth rate, the amount, the
    // reference series' value, or last year's value.
    std::optional<double> target;
    // How far ahead (+) or behind (−) of the target, in the measure's terms
    // (percentage points for growth and rates). For "at most" and
    // "lower is better" the sign is turned, so + is always good news.
    std::optional<double> gap;
    // Amount criteria and growth targets on nominal amounts.
    std::optional<AmountProgress> amount;
    // The reference series (city unemployment, GDP growth) at referencePeriod.
    std::optional<double> referenceValue;
    std::optional<Period> referencePeriod;
    // Better-than-last-year: the same period last year.
    std::optional<double> lastYearValue;
    std::optional<Projection> projection;
    Status status = Status::NoData;
    Missing missing = Missing::Nothing;
    QList<ProgressWarning> warnings;

    // The figure judged is older than the period asks for (revenue only
    // to June, as of December): the verdict is NoData, not "on track".
    bool isStale() const { return dataPeriod && expectedPeriod && *dataPeriod < *expectedPeriod; }

    // Where the district stands in the city on the indicator, from the
    // city's latest table up to asOf; nullopt without one.
    std::optional<CityStanding> cityStanding;
};

// The verdict on one of the year's targets at one period.
struct TargetProgress
{
    Target target;
    Period asOf = Period::yearEnd();
    QList<CriterionProgress> criteria;
    Status status = Status::NoData; // the worst of the criteria's

    QList<ProgressWarning> warnings() const;
};

// The status in words, in the UI language: never colour alone.
QString statusText(Status status);
QString projectionMethodText(ProjectionMethod method);

} // namespace zhibiao
