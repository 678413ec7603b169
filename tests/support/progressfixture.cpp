#include "tests/support/progressfixture.h"

#include "core/storage/seed.h"

#include <catch2/catch.hpp>

namespace zhibiao::test {

ProgressEngine engine2022(const QList<Entry> &figures)
{
    QList<Entry> thisYear;
    QList<Entry> lastYear;
    for (const Entry &entry : figures)
        (entry.key.year == 2022 ? thisYear : lastYear).append(entry);
    return ProgressEngine(bundledSeed().indicators, YearFigures(2022, thisYear, lastYear));
}

Target seedTarget(int ordinal)
{
    const Seed seed = bundledSeed();
    REQUIRE(ordinal >= 1);
    REQUIRE(ordinal <= seed.targets.size());
    return seed.targets.at(ordinal - 1);
}

Target withFigures(Target target, const QList<std::optional<double>> &figures)
{
    REQUIRE(figures.size() == target.criteria.size());
    for (qsizetype i = 0; i < figures.size(); ++i)
        target.criteria[i].figure = figures.at(i);
    return target;
}

} // namespace zhibiao::test
