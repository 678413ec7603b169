#include "bench/largedatabase.h"

#include "core/storage/seed.h"
#include "core/storage/workspace.h"

#include <cmath>

namespace zhibiao::bench {

using namespace Qt::StringLiterals;

namespace {

QList<Target> targetsOf(int year)
{
    QList<Target> targets;
    for (int i = 0; i < LargeIndicatorCount; ++i)
        targets.append(Target{year, i + 1, u"指标%1"_s.arg(i), largeIndicatorCode(i), u"增长8%"_s, u"Grow by 8%"_s,
                              {Criterion{largeIndicatorCode(i), CriterionKind::GrowthAtLeast, 8.0, {}}}});
    return targets;
}

Seed largeSeed()
{
    Seed seed;
    seed.district = District{u"渌口区"_s, u"Lukou District"_s, u"株洲市"_s, u"Zhuzhou"_s, LargeLastYear};
    for (int i = 0; i < LargeIndicatorCount; ++i)
        seed.indicators.append(Indicator{largeIndicatorCode(i), u"指标%1"_s.arg(i), largeIndicatorCode(i), u"万元"_s,
                                         Frequency::Monthly, Reporting::AmountAndGrowth, false, false, i, {}, 0});
    seed.targets = targetsOf(LargeFirstYear);
    return seed;
}

// Amounts growing about 8% a year on a seasonal curve; every fifth figure
// carries a published rate too.
QList<Entry> figuresOf(int year)
{
    QList<Entry> entries;
    for (int i = 0; i < LargeIndicatorCount; ++i) {
        for (int month = 1; month <= 12; ++month) {
            const double amount = (1000.0 + i) * std::pow(1.08, year - LargeFirstYear) * month
                                * (1.0 + 0.02 * std::sin(month + i));
            Entry entry{{largeIndicatorCode(i), year, month}, amount, std::nullopt, std::nullopt, {}, u"bench"_s,
                        u"bench"_s, QDateTime(QDate(year, month, 20), QTime(9, 0), Qt::UTC)};
            if ((i + month) % 5 == 0)
                entry.publishedGrowth = 8.0;
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace

QString largeIndicatorCode(int index)
{
    return u"indicator_%1"_s.arg(index, 3, 10, QLatin1Char('0'));
}

void createLargeDatabase(const DatabaseLocation &location)
{
    Workspace workspace(location, largeSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    for (int year = LargeFirstYear + 1; year <= LargeLastYear; ++year)
        workspace.targets().replaceYear(year, targetsOf(year));
    for (int year = LargeFirstYear - 1; year <= LargeLastYear; ++year)
        workspace.entries().recordAll(figuresOf(year));
}

} // namespace zhibiao::bench
