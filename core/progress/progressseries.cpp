#include "core/progress/progressseries.h"

#include "core/progress/progressengine.h"

#include <algorithm>

namespace zhibiao {

namespace {

std::optional<Indicator> findIndicator(const QList<Indicator> &indicators, const QString &code)
{
    const auto found = std::ranges::find(indicators, code, &Indicator::code);
    return found == indicators.end() ? std::nullopt : std::optional(*found);
}

// The periods a scale asks about, each with the period the engine is asked
// at: a quarter that "as of" falls inside is judged as of then.
struct Ask
{
    Period period;
    std::optional<Period> evaluateAt; // nullopt after "as of"
};

QList<Ask> asks(SeriesScale scale, Period asOf)
{
    QList<Ask> result;
    if (scale == SeriesScale::Quarters) {
        for (int quarter = 1; quarter <= 4; ++quarter) {
            const Period end = *Period::quarterEnd(quarter);
            if (quarter < asOf.quarter())
                result.append(Ask{end, end});
            else if (quarter == asOf.quarter())
                result.append(Ask{asOf, asOf});
            else
                result.append(Ask{end, std::nullopt});
        }
    } else {
        for (int month = Period::FirstMonth; month <= Period::LastMonth; ++month) {
            const Period period = *Period::fromMonth(month);
            result.append(Ask{period, period <= asOf ? std::optional(period) : std::nullopt});
        }
    }
    return result;
}

bool isGrowthKind(CriterionKind kind)
{
    return kind == CriterionKind::GrowthAtLeast || kind == CriterionKind::DeclineAtLeast;
}

// Whether the verdict rests on a figure of the period itself, rather than
// one carried over from an earlier quarter or month.
bool hasOwnFigure(const CriterionProgress &progress, SeriesScale scale, Period period)
{
    if (!progress.dataPeriod)
        return false;
    return scale == SeriesScale::Quarters ? progress.dataPeriod->quarter() == period.quarter()
                                          : progress.dataPeriod->month() == period.month();
}

} // namespace

ProgressSeries::ProgressSeries(const ProgressEngine &engine, const QList<Indicator> &indicators, const Target &target,
                               Period asOf)
    : m_latest(engine.evaluate(target, asOf))
{
    for (const SeriesScale scale : {SeriesScale::Quarters, SeriesScale::Months}) {
        const QList<Ask> periods = asks(scale, asOf);
        QList<TargetProgress> verdicts;
        for (const Ask &ask : periods)
            verdicts.append(ask.evaluateAt ? engine.evaluate(target, *ask.evaluateAt) : TargetProgress{});
        for (qsizetype c = 0; c < target.criteria.size(); ++c) {
            const Criterion &criterion = target.criteria.at(c);
            const std::optional<Indicator> measured = findIndicator(indicators, criterion.indicatorCode);
            QList<CriterionSeries::Point> points;
            for (qsizetype i = 0; i < periods.size(); ++i) {
                CriterionSeries::Point point{periods.at(i).period, std::nullopt};
                if (isGrowthKind(criterion.kind) && measured) {
                    if (const auto growth = engine.growthAt(*measured, engine.year() - 1, point.period.month()))
                        point.lastYearGrowth = growth->value;
                }
                if (periods.at(i).evaluateAt) {
                    const CriterionProgress &progress = verdicts.at(i).criteria.at(c);
                    if (hasOwnFigure(progress, scale, point.period))
                        point.progress = progress;
                }
                points.append(point);
            }
            Indicator indicator;
            indicator.code = criterion.indicatorCode; // unknown to the database: name it by its code
            indicator = measured.value_or(indicator);
            CriterionSeries series(criterion, indicator, findIndicator(indicators, criterion.referenceCode), scale,
                                   asOf, points);
            (scale == SeriesScale::Quarters ? m_quarters : m_months).append(std::move(series));
        }
    }
}

bool ProgressSeries::hasMonthlyPath(qsizetype criterion) const
{
    return m_quarters.at(criterion).indicator().frequency == Frequency::Monthly;
}

QString ProgressSeries::warningText(const ProgressWarning &warning) const
{
    QString name = warning.indicatorCode;
    for (const CriterionSeries &criterion : m_quarters) {
        name = criterion.indicatorName(warning.indicatorCode);
        if (name != warning.indicatorCode)
            break;
    }
    return warning.message(name);
}

} // namespace zhibiao
