// The district's standing in the city in words (core/progress/standingtext),
// in both UI languages, for hand-made standings: ordinals, the city gap as
// the bureau rounds it, the move since the table before, and the three
// joined. In app_tests because the words come from the translations the
// application installs (UiLanguage).
#include "app/uilanguage.h"
#include "core/progress/standingtext.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// The UI language for one test; English again afterwards, so the English
// plural forms ("1 place", "2 places") stay installed for the next test.
struct Language
{
    explicit Language(const char *language) { ui.choose(QString::fromLatin1(language)); }
    ~Language() { ui.choose(QString::fromLatin1(UiLanguage::English)); }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    UiLanguage ui;
};

CityStanding rankOf(int rank, int unitCount)
{
    CityStanding standing;
    standing.month = 6;
    standing.rank = rank;
    standing.unitCount = unitCount;
    return standing;
}

CityStanding withGap(double gap)
{
    CityStanding standing = rankOf(3, 9);
    standing.cityGrowth = 11.6;
    standing.gapToCity = gap;
    return standing;
}

// rankChange: before − now, measured from the table of previousMonth.
CityStanding withChange(int change, int previousMonth)
{
    CityStanding standing = rankOf(3, 9);
    standing.rankChange = change;
    standing.previousMonth = previousMonth;
    return standing;
}

} // namespace

TEST_CASE("The rank reads as an English ordinal and as 第…位 in Chinese", "[standing]")
{
    const auto [rank, units, english, chinese] = GENERATE(table<int, int, const char16_t *, const char16_t *>({
        {1, 9, u"1st of 9 in the city", u"居全市第1位（共9个）"},
        {2, 9, u"2nd of 9 in the city", u"居全市第2位（共9个）"},
        {3, 9, u"3rd of 9 in the city", u"居全市第3位（共9个）"},
        {11, 25, u"11th of 25 in the city", u"居全市第11位（共25个）"}, // 11 to 13 take "th"
        {21, 25, u"21st of 25 in the city", u"居全市第21位（共25个）"},
    }));
    INFO("rank " << rank);
    {
        const Language language(UiLanguage::English);
        CHECK(rankText(rankOf(rank, units)) == QString::fromUtf16(english));
    }
    const Language language(UiLanguage::Chinese);
    CHECK(rankText(rankOf(rank, units)) == QString::fromUtf16(chinese));
}

TEST_CASE("The gap to the city reads above, below or level, in points of one decimal", "[standing]")
{
    const auto [gap, english, chinese] = GENERATE(table<double, const char16_t *, const char16_t *>({
        {0.9, u"0.9 points above the city average", u"高于全市平均0.9个百分点"},
        {-0.3, u"0.3 points below the city average", u"低于全市平均0.3个百分点"},
        {0.04, u"level with the city average", u"与全市平均持平"}, // shown as 0.0: level
        {-0.04, u"level with the city average", u"与全市平均持平"},
    }));
    INFO("gap " << gap);
    {
        const Language language(UiLanguage::English);
        CHECK(cityGapText(withGap(gap)) == QString::fromUtf16(english));
    }
    const Language language(UiLanguage::Chinese);
    CHECK(cityGapText(withGap(gap)) == QString::fromUtf16(chinese));
}

TEST_CASE("Without the city's figure no gap is stated", "[standing]")
{
    CHECK(cityGapText(rankOf(3, 9)).isEmpty());
}

TEST_CASE("The move since the table before reads up, down or the same place", "[standing]")
{
    const auto [change, since, english, chinese] = GENERATE(table<int, int, const char16_t *, const char16_t *>({
        {2, 3, u"up 2 places since Jan–Mar", u"比1-3月前移2位"},
        {1, 3, u"up 1 place since Jan–Mar", u"比1-3月前移1位"},
        {-1, 6, u"down 1 place since Jan–Jun", u"比1-6月后移1位"},
        {-3, 6, u"down 3 places since Jan–Jun", u"比1-6月后移3位"},
        {0, 3, u"the same place as in Jan–Mar", u"位次与1-3月持平"},
    }));
    INFO("change " << change);
    {
        const Language language(UiLanguage::English);
        CHECK(rankChangeText(withChange(change, since)) == QString::fromUtf16(english));
    }
    const Language language(UiLanguage::Chinese);
    CHECK(rankChangeText(withChange(change, since)) == QString::fromUtf16(chinese));
}

TEST_CASE("Without an earlier table no move is stated", "[standing]")
{
    CHECK(rankChangeText(rankOf(3, 9)).isEmpty());
}

TEST_CASE("The standing joins rank, gap and move, and says only what it holds", "[standing]")
{
    CityStanding full = withGap(0.9);
    full.rankChange = 2;
    full.previousMonth = 3;
    CityStanding noCity = withChange(-1, 3);
    {
        const Language language(UiLanguage::English);
        CHECK(standingText(full)
              == u"3rd of 9 in the city, 0.9 points above the city average, up 2 places since Jan–Mar"_s);
        CHECK(standingText(withGap(-0.3)) == u"3rd of 9 in the city, 0.3 points below the city average"_s);
        CHECK(standingText(noCity) == u"3rd of 9 in the city, down 1 place since Jan–Mar"_s);
        CHECK(standingText(rankOf(1, 9)) == u"1st of 9 in the city"_s);
    }
    const Language language(UiLanguage::Chinese);
    CHECK(standingText(full) == u"居全市第3位（共9个），高于全市平均0.9个百分点，比1-3月前移2位"_s);
    CHECK(standingText(withGap(0.04)) == u"居全市第3位（共9个），与全市平均持平"_s);
    CHECK(standingText(noCity) == u"居全市第3位（共9个），比1-3月后移1位"_s);
    CHECK(standingText(rankOf(1, 9)) == u"居全市第1位（共9个）"_s);
}

TEST_CASE("The rank's path by quarter reads as a row of steps", "[standing]")
{
    // 5th at the end of Q1, 3rd at H1.
    QList<CityStanding> byQuarter{rankOf(5, 9), rankOf(3, 9)};
    byQuarter[0].month = 3;
    CHECK(rankPathText({}).isEmpty());
    {
        const Language language(UiLanguage::English);
        CHECK(rankPathText(byQuarter) == u"Q1 5th \u2192 H1 3rd"_s);
    }
    const Language language(UiLanguage::Chinese);
    CHECK(rankPathText(byQuarter) == u"一季度 第5位 \u2192 上半年 第3位"_s);
}
