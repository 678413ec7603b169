// Indicators defined by the office: stored with their aliases and the year
// they are retired from, never deleted or renamed while figures or targets
// name them, and checked before they are stored.
#include "core/editing/indicatorvalidator.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Indicator tourism()
{
    Indicator indicator{u"tourism"_s, u"旅游总收入"_s, u"Tourism revenue"_s, u"亿元"_s,
                        Frequency::Quarterly, Reporting::AmountAndGrowth, false, false, 0, {}, 0};
    indicator.aliases = {u"旅游收入"_s, u"全区旅游总收入"_s};
    return indicator;
}

StorageError::Code refusal(const std::function<void()> &change)
{
    try {
        change();
    } catch (const StorageError &error) {
        INFO(error.message().toStdString());
        return error.code();
    }
    FAIL("the change was not refused");
    return StorageError::Code::QueryFailed;
}

QString refusalMessage(const std::function<void()> &change)
{
    try {
        change();
    } catch (const StorageError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("An added indicator is stored with its aliases, goes last, and its code is its own", "[storage][indicators]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    IndicatorRepository &indicators = opened->indicators();
    const int seeded = int(indicators.all().size());

    const Indicator stored = indicators.add(tourism());
    CHECK(stored.sortOrder == seeded + 1);
    const QList<Indicator> all = indicators.all();
    REQUIRE(all.size() == seeded + 1);
    CHECK(all.last() == stored);
    CHECK(indicators.find(u"tourism"_s)->aliases == QStringList{u"旅游收入"_s, u"全区旅游总收入"_s});

    CHECK(refusal([&] { indicators.add(tourism()); }) == StorageError::Code::InUse);
    CHECK(indicators.all().size() == seeded + 1);

    // Renamed while nothing names it; aliases replaced, not appended.
    Indicator renamed = stored;
    renamed.code = u"tourism_revenue"_s;
    renamed.aliases = {u"旅游业收入"_s};
    renamed.retiredFrom = 2024;
    indicators.replace(u"tourism"_s, renamed);
    CHECK_FALSE(indicators.find(u"tourism"_s));
    CHECK(indicators.find(u"tourism_revenue"_s) == renamed);

    indicators.remove(u"tourism_revenue"_s);
    CHECK_FALSE(indicators.find(u"tourism_revenue"_s));
    CHECK(indicators.all().size() == seeded);
}

TEST_CASE("An indicator with figures or targets is retired, never deleted or renamed", "[storage][indicators]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    IndicatorRepository &indicators = opened->indicators();
    indicators.add(tourism());
    opened->entries().record(test::figure(u"tourism"_s, 2022, 3, 12.5, 11.0));

    CHECK(indicators.use(u"tourism"_s).hasFigures);
    CHECK(refusal([&] { indicators.remove(u"tourism"_s); }) == StorageError::Code::InUse);
    CHECK(refusalMessage([&] { indicators.remove(u"tourism"_s); }).contains(u"retire"_s));
    Indicator renamed = *indicators.find(u"tourism"_s);
    renamed.code = u"tourism_revenue"_s;
    CHECK(refusal([&] { indicators.replace(u"tourism"_s, renamed); }) == StorageError::Code::InUse);
    CHECK(indicators.find(u"tourism"_s));
    CHECK(opened->entries().forYear(2022).size() == 1);

    // Retiring keeps the figures.
    Indicator retired = *indicators.find(u"tourism"_s);
    retired.retiredFrom = 2023;
    indicators.replace(u"tourism"_s, retired);
    CHECK(indicators.find(u"tourism"_s)->retiredFrom == 2023);
    CHECK(opened->entries().forYear(2022).size() == 1);

    // A seeded indicator without figures is still judged by the 2022 targets.
    const IndicatorUse grain = indicators.use(u"grain"_s);
    CHECK_FALSE(grain.hasFigures);
    CHECK(grain.targetYears == QList<int>{2022});
    CHECK(refusalMessage([&] { indicators.remove(u"grain"_s); }).contains(u"2022"_s));
    CHECK(indicators.find(u"grain"_s));
    // The city's unemployment rate is only a reference of a target, and counts too.
    CHECK(indicators.use(u"unemployment_city"_s).targetYears == QList<int>{2022});
}

TEST_CASE("The entry grid leaves a retired indicator out of later years, unless it has figures there", "[indicators]")
{
    const test::TestDatabase place(Engine::Sqlite);
    const std::unique_ptr<Workspace> opened = place.open();
    Indicator retired = tourism();
    retired.retiredFrom = 2023;
    opened->indicators().add(retired);
    opened->entries().record(test::figure(u"tourism"_s, 2022, 3, 12.5, 11.0));

    EntryGridModel grid(opened->entries());
    grid.setIndicators(opened->indicators().all());
    const auto shows = [&](int year) {
        grid.setYear(year);
        for (int row = 0; row < grid.rowCount(); ++row) {
            if (grid.row(row).indicator.code == u"tourism"_s)
                return true;
        }
        return false;
    };
    CHECK(shows(2022));
    CHECK_FALSE(shows(2023));
    opened->entries().record(test::figure(u"tourism"_s, 2024, 3, 14.0, 12.5));
    CHECK(shows(2024)); // figures entered after all are never hidden
    CHECK_FALSE(shows(2025));
}

TEST_CASE("An indicator is checked before it is stored", "[indicators]")
{
    const QList<Indicator> seeded = bundledSeed().indicators;
    const IndicatorValidator validator(seeded);
    CHECK(validator.problem(tourism()).isEmpty());

    struct Case
    {
        const char *what;
        std::function<void(Indicator &)> change;
        QString expected; // part of the message
    };
    const QList<Case> cases = {
        {"a code with capitals", [](Indicator &i) { i.code = u"Tourism"_s; }, u"lowercase"_s},
        {"a code with spaces", [](Indicator &i) { i.code = u"tourism revenue"_s; }, u"lowercase"_s},
        {"no code", [](Indicator &i) { i.code.clear(); }, u"lowercase"_s},
        {"no Chinese name", [](Indicator &i) { i.nameZh = u"  "_s; }, u"Chinese name"_s},
        {"no unit", [](Indicator &i) { i.unit.clear(); }, u"unit"_s},
        {"a year out of range", [](Indicator &i) { i.retiredFrom = 20; }, u"20"_s},
        {"another indicator's code", [](Indicator &i) { i.code = u"gdp"_s; }, u"gdp"_s},
        {"another indicator's name", [](Indicator &i) { i.nameZh = u"地区生产总值"_s; }, u"(gdp)"_s},
        {"another indicator's name, written otherwise", [](Indicator &i) { i.nameZh = u"一、地区生产总值（亿元）"_s; },
         u"(gdp)"_s},
        {"another indicator's alias", [](Indicator &i) { i.aliases.append(u"社零总额"_s); }, u"(retail_sales)"_s},
    };
    for (const Case &item : cases) {
        INFO(item.what);
        Indicator indicator = tourism();
        item.change(indicator);
        const QString problem = validator.problem(indicator);
        INFO(problem.toStdString());
        CHECK(problem.contains(item.expected));
    }
    // An English name may wait; the Chinese one is shown in its place.
    Indicator noEnglish = tourism();
    noEnglish.nameEn.clear();
    CHECK(validator.problem(noEnglish).isEmpty());
}
