#include "core/progress/progress.h"

#include <QCoreApplication>
#include <QLocale>

namespace zhibiao {

namespace {

// Gives the free functions below a translation context of their own.
struct Progress
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Progress)
};

} // namespace

QString ProgressWarning::message(const QString &indicatorName) const
{
    const QLocale locale;
    //: %1 indicator name, %2 period, %3 published growth, %4 growth computed from the amounts
    return Progress::tr("%1, %2: the published growth %3% differs from %4% computed from the amounts.")
        .arg(indicatorName, period.monthLabel(), locale.toString(published, 'f', 1), locale.toString(computed, 'f', 2));
}

QList<ProgressWarning> TargetProgress::warnings() const
{
    QList<ProgressWarning> all;
    for (const CriterionProgress &criterion : criteria)
        all.append(criterion.warnings);
    return all;
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Achieved:
        return Progress::tr("Achieved");
    case Status::OnTrack:
        return Progress::tr("On track");
    case Status::NoData:
        return Progress::tr("No data yet");
    case Status::Behind:
        return Progress::tr("Behind");
    case Status::Missed:
        return Progress::tr("Not achieved");
    }
    return {};
}

QString projectionMethodText(ProjectionMethod method)
{
    switch (method) {
    case ProjectionMethod::LatestGrowthCarried:
        return Progress::tr("Projection: the latest year-to-date growth carried to year end");
    case ProjectionMethod::LastYearSeasonalShare:
        return Progress::tr("Projection: year-to-date amount over last year's share of the year by the same month");
    case ProjectionMethod::LinearPace:
        return Progress::tr("Projection: year-to-date amount at the same monthly pace to year end");
    }
    return {};
}

} // namespace zhibiao
