#include "core/report/analysistext.h"

#include "core/progress/comparedfigure.h"
#include "core/progress/progressformat.h"
#include "core/progress/standingtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

struct AnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::AnalysisText)
};

// Differences that round to 0.0 in the text read as level.
constexpr double Shown = 0.05;

QString points(double value)
{
    return QLocale().toString(std::abs(value), 'f', 1);
}

QString growthClause(double growth)
{
    const QString rate = formatFigure(std::abs(growth), u"%"_s);
    //: How a growth rate reads in the analysis: "grew 12.5% year on year" / "同比增长12.5%".
    return growth < 0 ? AnalysisText::tr("fell %1 year on year").arg(rate)
                      : AnalysisText::tr("grew %1 year on year").arg(rate);
}

// gap: + is good news (the engine's sign); a targeted fall (energy
// intensity) is ahead when it falls more.
QString targetGapClause(double gap, CriterionKind kind)
{
    if (std::abs(gap) < Shown)
        return AnalysisText::tr("level with the annual target");
    if (kind == CriterionKind::DeclineAtLeast)
        return gap > 0 ? AnalysisText::tr("%1 points more than the targeted fall").arg(points(gap))
                       : AnalysisText::tr("%1 points less than the targeted fall").arg(points(gap));
    return gap > 0 ? AnalysisText::tr("%1 points above the annual target").arg(points(gap))
                   : AnalysisText::tr("%1 points below the annual target").arg(points(gap));
}

QString timeProgressClause(const AmountProgress &amount)
{
    const double ahead = amount.aheadOfTime() * 100;
    const QString done = AnalysisText::tr("%1 of the annual target done").arg(formatShare(amount.completion));
    if (std::abs(ahead) < Shown)
        return AnalysisText::tr("%1, in step with time progress").arg(done);
    return ahead > 0 ? AnalysisText::tr("%1, %2 points ahead of time progress").arg(done, points(ahead))
                     : AnalysisText::tr("%1, %2 points behind time progress").arg(done, points(ahead));
}

QString yearEndClause(Status status)
{
    if (status == Status::Achieved)
        return AnalysisText::tr("the annual target is achieved");
    if (status == Status::Missed)
        return AnalysisText::tr("the annual target is not achieved");
    return {};
}

} // namespace

QString analysisSentence(const CriterionProgress &progress, const CriterionSeries &series)
{
    const Indicator &indicator = series.indicator();
    const QString period = progress.asOf.label(indicator.frequency);

    if (!progress.actual || !progress.dataPeriod) {
        //: %1 period, %2 indicator
        return AnalysisText::tr("%1: no figure of %2 yet.").arg(period, indicator.name());
    }
    if (progress.isStale()) {
        //: %1 the period asked for, %2 indicator, %3 the period of its latest figure
        return AnalysisText::tr("%1: no figure of %2 yet; the latest is for %3.")
            .arg(progress.expectedPeriod->label(indicator.frequency), indicator.name(),
                 progress.dataPeriod->label(indicator.frequency));
    }

    const QString dataPeriod = progress.dataPeriod->label(indicator.frequency);
    QStringList clauses;
    if (progress.measure == Measure::Growth) {
        //: The opening of a sentence: "Jan–Jun: value added … grew 12.5% year on year"; Chinese "1-6月，全区…同比增长12.5%".
        clauses.append(AnalysisText::tr("%1: %2 %3").arg(dataPeriod, indicator.name(), growthClause(*progress.actual)));
    } else {
        //: The opening of a sentence for an amount or level: "Jan–Jun: grain output 47,000 吨"; Chinese "1-6月，全区粮食总产量47,000吨".
        clauses.append(AnalysisText::tr("%1: %2 %3")
                           .arg(dataPeriod, indicator.name(),
                                formatMeasure(*progress.actual, progress.measure, indicator.unit)));
    }

    const CriterionKind kind = progress.criterion.kind;
    const bool againstFigure = kind == CriterionKind::GrowthAtLeast || kind == CriterionKind::DeclineAtLeast;
    if (progress.amount && !againstFigure)
        clauses.append(timeProgressClause(*progress.amount));
    else if (againstFigure && progress.gap)
        clauses.append(targetGapClause(*progress.gap, kind));
    else if (const std::optional<ComparedFigure> figure = comparedFigure(progress); figure && progress.gap) {
        //: %1 the figure compared with ("City rate", "Same period last year"), %2 its value, %3 the gap ("+0.3 pp")
        clauses.append(AnalysisText::tr("against %1 of %2, %3")
                           .arg(series.name(figure->role), formatFigure(figure->value, series.unit(figure->role)),
                                formatGap(*progress.gap, progress.measure, indicator.unit)));
    }
    if (progress.cityStanding) {
        //: The district's standing in the city after a growth rate; Chinese adds 增速: "增速%1".
        clauses.append(AnalysisText::tr("%1", "city standing").arg(standingText(*progress.cityStanding)));
    }
    if (const QString yearEnd = yearEndClause(progress.status); !yearEnd.isEmpty())
        clauses.append(yearEnd);
    //: Ends a sentence of the analysis; Chinese "。"
    return clauses.join(AnalysisText::tr(", ")) + AnalysisText::tr(".");
}

} // namespace zhibiao
