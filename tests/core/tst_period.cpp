#include "core/domain/indicator.h"
#include "core/domain/period.h"

#include <catch2/catch.hpp>

using namespace zhibiao;

TEST_CASE("Months outside 1..12 are not periods", "[period]")
{
    CHECK_FALSE(Period::fromMonth(0));
    CHECK_FALSE(Period::fromMonth(13));
    CHECK_FALSE(Period::quarterEnd(0));
    CHECK_FALSE(Period::quarterEnd(5));
    REQUIRE(Period::fromMonth(1));
    REQUIRE(Period::fromMonth(12));
}

TEST_CASE("Quarter ends are months 3, 6, 9 and 12", "[period]")
{
    const auto row = GENERATE(table<int, int, bool>({
        {1, 1, false}, {2, 1, false}, {3, 1, true}, {4, 2, false}, {6, 2, true},
        {7, 3, false}, {9, 3, true}, {11, 4, false}, {12, 4, true},
    }));
    const auto [month, quarter, isQuarterEnd] = row;
    const Period period = *Period::fromMonth(month);
    CHECK(period.quarter() == quarter);
    CHECK(period.isQuarterEnd() == isQuarterEnd);
    CHECK(Period::quarterEnd(quarter)->month() == quarter * 3);
}

TEST_CASE("Time progress is the share of months elapsed", "[period]")
{
    // 时间过半: at the end of June half the year has passed, 6/12 = 0.5.
    CHECK(Period::fromMonth(6)->timeProgress() == Approx(0.5));
    // 1-2月: two months of twelve, 2/12 = 0.1667.
    CHECK(Period::fromMonth(2)->timeProgress() == Approx(2.0 / 12.0));
    CHECK(Period::yearEnd().timeProgress() == Approx(1.0));
}

TEST_CASE("Period labels name year-to-date spans", "[period]")
{
    // Without a translator installed the English source labels apply.
    CHECK(Period::fromMonth(2)->label(Frequency::Monthly) == QStringLiteral("Jan–Feb"));
    CHECK(Period::fromMonth(5)->label(Frequency::Monthly) == QStringLiteral("Jan–May"));
    CHECK(Period::fromMonth(6)->label(Frequency::Quarterly) == QStringLiteral("H1"));
    CHECK(Period::fromMonth(9)->label(Frequency::Quarterly) == QStringLiteral("Q1–Q3"));
    // A quarterly indicator's figure in a non-quarter month is labelled by month.
    CHECK(Period::fromMonth(7)->label(Frequency::Quarterly) == QStringLiteral("Jan–Jul"));
}

TEST_CASE("Quarterly indicators accept figures only at quarter ends", "[period]")
{
    Indicator gdp;
    gdp.frequency = Frequency::Quarterly;
    CHECK(gdp.acceptsPeriod(*Period::fromMonth(6)));
    CHECK_FALSE(gdp.acceptsPeriod(*Period::fromMonth(5)));

    Indicator retail;
    retail.frequency = Frequency::Monthly;
    CHECK(retail.acceptsPeriod(*Period::fromMonth(5)));

    // Grain is judged on the full year, but partial harvest figures arrive mid-year.
    Indicator grain;
    grain.frequency = Frequency::Annual;
    CHECK(grain.acceptsPeriod(*Period::fromMonth(7)));
}
