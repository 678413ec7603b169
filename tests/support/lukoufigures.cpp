#include "tests/support/lukoufigures.h"

#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"

#include <cmath>

namespace zhibiao::test {

using namespace Qt::StringLiterals;

namespace {

using Monthly = QList<std::optional<double>>; // January..September, nullopt where nothing was published

void addGrowth(QList<Entry> &entries, const QString &code, int year, const Monthly &growth)
{
    for (int month = 1; month <= growth.size(); ++month) {
        if (growth.at(month - 1))
            entries.append(figure(code, year, month, std::nullopt, std::nullopt, growth.at(month - 1)));
    }
}

void addLevels(QList<Entry> &entries, const QString &code, int year, const Monthly &levels)
{
    for (int month = 1; month <= levels.size(); ++month) {
        if (levels.at(month - 1))
            entries.append(figure(code, year, month, levels.at(month - 1)));
    }
}

// 2022 amounts from 2021's and the year's growth, rounded as published.
void addAmounts(QList<Entry> &entries, const QString &code, const Monthly &lastYear, const Monthly &growth,
                int decimals)
{
    addLevels(entries, code, 2021, lastYear);
    const double scale = std::pow(10.0, decimals);
    for (int month = 1; month <= growth.size(); ++month) {
        if (!growth.at(month - 1) || !lastYear.at(month - 1))
            continue;
        const double amount = *lastYear.at(month - 1) * (1 + *growth.at(month - 1) / 100);
        entries.append(figure(code, 2022, month, std::round(amount * scale) / scale));
    }
}

} // namespace

QList<Entry> lukou2022Figures()
{
    const auto n = std::nullopt;
    QList<Entry> e;
    addGrowth(e, u"gdp"_s, 2021, {n, n, 17.6, n, n, 12.9, n, n, 9.9, n, n, 8.3});
    addGrowth(e, u"gdp"_s, 2022, {n, n, 6.8, n, n, 5.1, n, n, 6.2});
    addGrowth(e, u"industry_va"_s, 2021, {n, 25.0, 20.1, 17.5, 15.8, 14.6, 13.2, 12.5, 11.8, n, n, 10.1});
    addGrowth(e, u"industry_va"_s, 2022, {n, 9.8, 9.1, 7.9, 8.3, 8.8, 9.0, 9.4, 9.6});
    addGrowth(e, u"fai"_s, 2021, {n, 40.1, 30.2, n, n, 16.8, n, n, 12.5, n, n, 10.3});
    addGrowth(e, u"fai"_s, 2022, {n, 16.2, 15.8, 14.9, 15.3, 15.6, 15.1, 15.4, 15.7});
    addAmounts(e, u"budget_revenue"_s,
               {n, 18500, 26800, 35200, 43100, 52400, 58900, 64700, 72100, 79800, 86300, 98000},
               {n, 8.6, 7.8, 6.8, 7.2, 7.4, 7.8, 8.3, 8.7}, 0);
    addAmounts(e, u"retail_sales"_s,
               {n, 13.21, 19.64, 26.02, 32.87, 40.53, 47.26, 54.41, 62.35, 70.12, 78.20, 86.93},
               {n, 11.5, 10.2, 7.8, 8.6, 9.9, 10.3, 10.8, 11.2}, 2);
    addLevels(e, u"unemployment"_s, 2022, {n, 5.2, 5.1, 5.3, 5.6, 5.5, 5.3, 5.4, 5.2});
    addLevels(e, u"unemployment_city"_s, 2022, {n, 5.4, 5.3, 5.5, 5.9, 5.8, 5.6, 5.5, 5.4});
    addAmounts(e, u"income"_s, {n, n, 9860, n, n, 18420, n, n, 27350, n, n, 36200}, {n, n, 7.3, n, n, 6.9, n, n, 7.2},
               0);
    addLevels(e, u"grain"_s, 2021, {n, n, n, n, n, n, 40100, n, n, n, n, 91500});
    addLevels(e, u"grain"_s, 2022, {n, n, n, n, n, n, 41300});
    addLevels(e, u"energy_total"_s, 2021, {n, n, 19.5, n, n, 40.2, n, n, 61.0, n, n, 83.1});
    addLevels(e, u"energy_total"_s, 2022, {n, n, 19.8, n, n, 41.0, n, n, 62.3});
    addGrowth(e, u"energy_intensity"_s, 2022, {n, n, -2.1, n, n, -3.4, n, n, -3.2});
    addLevels(e, u"air_good_days"_s, 2021, {n, 78.9, 82.0, 84.5, 86.2, 87.5, 88.6, 89.1, 89.6, n, n, 90.1});
    addLevels(e, u"air_good_days"_s, 2022, {n, 80.5, 84.2, 86.0, 87.1, 88.4, 89.0, 89.5, 89.9});
    addLevels(e, u"pm25"_s, 2021, {n, 61, 55, 49, 45, 42, 39, 37, 36, n, n, 39});
    addLevels(e, u"pm25"_s, 2022, {n, 58, 52, 47, 43, 40, 37, 35, 34});
    return e;
}

void fillLukou2022(Workspace &workspace)
{
    QList<Target> targets = workspace.targets().forYear(2022);
    // Set here, not with progressfixture's withFigures(): that one checks
    // with Catch, which the screenshot tool does not run.
    targets[7].criteria[0].figure = 92000.0; // grain, tonnes
    targets[8].criteria[0].figure = 85.0;    // energy total
    targets[8].criteria[1].figure = 3.0;     // energy intensity: down 3%
    workspace.targets().replaceYear(2022, targets);
    workspace.entries().recordAll(lukou2022Figures());
}

} // namespace zhibiao::test
