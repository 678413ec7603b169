#include "core/progress/standingtext.h"

#include "core/domain/indicator.h"
#include "core/domain/language.h"
#include "core/domain/period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace zhibiao {

namespace {

struct StandingText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::StandingText)
};

QString periodLabel(int month)
{
    return Period::fromMonth(month)->label(Frequency::Monthly);
}

// One decimal, as the bureau publishes percentage points.
QString points(double value)
{
    return QLocale().toString(std::abs(value), 'f', 1);
}

// The rank as the sentence says it: an English ordinal ("3rd"); a bare
// number in Chinese, whose 第…位 belongs to the sentence. Made here, not by
// the translation, because a translation that drops a place marker would
// shift every later arg() onto the wrong marker.
QString rankOrdinal(int rank)
{
    if (uiIsChinese())
        return QString::number(rank);
    const int lastTwo = rank % 100;
    const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th"
                         : rank % 10 == 1                  ? "st"
                         : rank % 10 == 2                  ? "nd"
                         : rank % 10 == 3                  ? "rd"
                                                           : "th";
    return QString::number(rank) + QString::fromLatin1(suffix);
}

} // namespace

QString rankText(const CityStanding &standing)
{
    //: The district's rank among the city's county-level units: %1 the rank
    //: (an ordinal in English, "3rd"; a number in Chinese), %2 how many units.
    //: Chinese "居全市第%1位（共%2个）".
    return StandingText::tr("%1 of %2 in the city").arg(rankOrdinal(standing.rank)).arg(standing.unitCount);
}

QString cityGapText(const CityStanding &standing)
{
    if (!standing.gapToCity)
        return {};
    const double gap = *standing.gapToCity;
    // The gap as shown: 0.04 points reads as level, as the bureau rounds it.
    if (std::abs(gap) < 0.05)
        return StandingText::tr("level with the city average");
    return gap > 0 ? StandingText::tr("%1 points above the city average").arg(points(gap))
                   : StandingText::tr("%1 points below the city average").arg(points(gap));
}

QString rankChangeText(const CityStanding &standing)
{
    if (!standing.rankChange || !standing.previousMonth)
        return {};
    const int change = *standing.rankChange;
    const QString since = periodLabel(*standing.previousMonth);
    if (change == 0)
        return StandingText::tr("the same place as in %1").arg(since);
    return change > 0 ? StandingText::tr("up %n place(s) since %1", nullptr, change).arg(since)
                      : StandingText::tr("down %n place(s) since %1", nullptr, -change).arg(since);
}

QString rankPathText(const QList<CityStanding> &path)
{
    QStringList steps;
    for (const CityStanding &standing : path) {
        //: One step of the rank's path by quarter: %1 the quarter ("H1"), %2 the
        //: rank (an ordinal in English, "3rd"; a number in Chinese). Chinese "%1 第%2位".
        steps.append(StandingText::tr("%1 %2").arg(Period::fromMonth(standing.month)->quarterLabel(),
                                                   rankOrdinal(standing.rank)));
    }
    return steps.join(u" \u2192 ");
}

QString standingText(const CityStanding &standing)
{
    QStringList parts{rankText(standing)};
    for (const QString &part : {cityGapText(standing), rankChangeText(standing)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    //: Joins the clauses of the district's standing: "3rd of 9 in the city, 0.9 points above …"; Chinese "，".
    return parts.join(StandingText::tr(", "));
}

} // namespace zhibiao
