// Checks on figures before they are stored: hard errors refuse, warnings
// ask for a confirming note.
#include "core/editing/figurevalidator.h"
#include "core/storage/seed.h"
#include "tests/support/progressfixture.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

FigureChange change(const QString &code, int month, EntryField field, std::optional<double> after)
{
    return FigureChange{{code, 2022, month}, field, std::nullopt, after, {}};
}

FigureValidator validatorWith(const QList<Entry> &entries)
{
    return FigureValidator(bundledSeed().indicators, entries);
}

} // namespace

TEST_CASE("Impossible figures are refused", "[validator]")
{
    const FigureValidator validator = validatorWith({});
    // A negative amount, a rate above 100%, a GDP figure in a month that is not a quarter end.
    const auto negative = validator.check(change(u"retail_sales"_s, 5, EntryField::YtdValue, -3.0));
    REQUIRE(negative);
    CHECK(negative->isError());
    CHECK(negative->message.contains(u"negative"_s));
    const auto rate = validator.check(change(u"unemployment"_s, 5, EntryField::YtdValue, 105.0));
    REQUIRE(rate);
    CHECK(rate->isError());
    CHECK(rate->message.contains(u"100%"_s));
    const auto gdpInMay = validator.check(change(u"gdp"_s, 5, EntryField::PublishedGrowth, 8.0));
    REQUIRE(gdpInMay);
    CHECK(gdpInMay->isError());
    // A negative growth rate is a normal figure.
    CHECK_FALSE(validator.check(change(u"industry_va"_s, 5, EntryField::PublishedGrowth, -3.5)));
    // Clearing is always allowed.
    CHECK_FALSE(validator.check(change(u"retail_sales"_s, 5, EntryField::YtdValue, std::nullopt)));
}

TEST_CASE("A year-to-date amount cannot fall below the previous month's", "[validator]")
{
    const FigureValidator validator = validatorWith({
        figure(u"retail_sales"_s, 2022, 3, 21.5),
        figure(u"retail_sales"_s, 2022, 6, 46.5),
    });
    // 1-5月 20.0 < 1-3月 21.5 (April is empty: the last month with a figure counts).
    const auto lower = validator.check(change(u"retail_sales"_s, 5, EntryField::YtdValue, 20.0));
    REQUIRE(lower);
    CHECK(lower->isError());
    CHECK(lower->message.contains(u"21.5"_s));
    // 1-5月 47.0 > 1-6月 46.5: the later month would fall.
    const auto higher = validator.check(change(u"retail_sales"_s, 5, EntryField::YtdValue, 47.0));
    REQUIRE(higher);
    CHECK(higher->isError());
    CHECK_FALSE(validator.check(change(u"retail_sales"_s, 5, EntryField::YtdValue, 38.6)));
    // Levels are not cumulative: PM2.5 may fall.
    const FigureValidator levels = validatorWith({figure(u"pm25"_s, 2022, 3, 45.0)});
    CHECK_FALSE(levels.check(change(u"pm25"_s, 4, EntryField::YtdValue, 40.0)));
}

TEST_CASE("A pasted block is judged as a whole", "[validator]")
{
    const FigureValidator validator = validatorWith({});
    // 1-2月 14.2 then 1-3月 12.0 in one paste: the second falls below the first.
    const auto problems = validator.check(QList<FigureChange>{
        change(u"retail_sales"_s, 2, EntryField::YtdValue, 14.2),
        change(u"retail_sales"_s, 3, EntryField::YtdValue, 12.0),
    });
    REQUIRE(problems.size() == 2); // each names the other
    CHECK(problems.at(0).second.isError());
    CHECK(problems.at(1).first.key.month == 3);
}

TEST_CASE("A published rate that disagrees with the amounts needs confirming", "[validator]")
{
    // 46.50 ÷ 41.90 − 1 = 10.98%, published 12.9%: 1.9 pp apart → warning.
    const FigureValidator validator = validatorWith({figure(u"retail_sales"_s, 2022, 6, 46.50, 41.90)});
    const auto problem = validator.check(change(u"retail_sales"_s, 6, EntryField::PublishedGrowth, 12.9));
    REQUIRE(problem);
    CHECK_FALSE(problem->isError());
    CHECK(problem->message.contains(u"12.9"_s));
    CHECK(problem->message.contains(u"10.98"_s));
    // 11.0 is within rounding of 10.98.
    CHECK_FALSE(validator.check(change(u"retail_sales"_s, 6, EntryField::PublishedGrowth, 11.0)));
}

TEST_CASE("A month far above the usual increase needs confirming", "[validator]")
{
    // Monthly steps 7.0 (2→3), 7.2 (3→4), 7.1 (4→5): usual 7.1.
    const FigureValidator validator = validatorWith({
        figure(u"retail_sales"_s, 2022, 2, 14.3),
        figure(u"retail_sales"_s, 2022, 3, 21.3),
        figure(u"retail_sales"_s, 2022, 4, 28.5),
        figure(u"retail_sales"_s, 2022, 5, 35.6),
    });
    // 1-6月 42.8: step 7.2 → fine.
    CHECK_FALSE(validator.check(change(u"retail_sales"_s, 6, EntryField::YtdValue, 42.8)));
    // 1-6月 356.0 (a slipped decimal point): step 320.4 = 45 × 7.1 → warning.
    const auto jump = validator.check(change(u"retail_sales"_s, 6, EntryField::YtdValue, 356.0));
    REQUIRE(jump);
    CHECK_FALSE(jump->isError());
    CHECK(jump->message.contains(u"45.1"_s)); // 320.4 ÷ 7.1 = 45.1
}
