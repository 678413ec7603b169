// Reading what people write in spreadsheets: periods, units, headers and
// indicator names.
#include "core/import/headerrecognizer.h"
#include "core/import/indicatormatcher.h"
#include "core/import/periodtext.h"
#include "core/import/unitscale.h"
#include "core/storage/seed.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("Periods as bureaus write them become year-to-date months", "[import][period]")
{
    const auto month = [](const QString &text) { return parsePeriodText(text).month.value_or(-1); };
    CHECK(month(u"1-5月"_s) == 5);
    CHECK(month(u"1—5月"_s) == 5);
    CHECK(month(u"1–5月"_s) == 5);
    CHECK(month(u"1~5月份"_s) == 5);
    CHECK(month(u"１－５月"_s) == 5);
    CHECK(month(u"一至五月"_s) == 5);
    CHECK(month(u"5月"_s) == 5);
    CHECK(month(u"1-2月"_s) == 2);
    CHECK(month(u"2月"_s) == 2);
    CHECK(month(u"1月"_s) == 1);
    CHECK(month(u"1-12月"_s) == 12);
    CHECK(month(u"十二月"_s) == 12);
    CHECK(month(u"一季度"_s) == 3);
    CHECK(month(u"第一季度"_s) == 3);
    CHECK(month(u"上半年"_s) == 6);
    CHECK(month(u"前三季度"_s) == 9);
    CHECK(month(u"1-3季度"_s) == 9);
    CHECK(month(u"全年"_s) == 12);
    CHECK(month(u"5"_s) == 5);
    CHECK(month(u"Jan–May"_s) == 5);
    CHECK(month(u"Jan-Feb"_s) == 2);
    CHECK(month(u"January"_s) == 1);
    CHECK(month(u"Q1"_s) == 3);
    CHECK(month(u"H1"_s) == 6);
    CHECK(month(u"Q1–Q3"_s) == 9);
    CHECK(month(u"Full year"_s) == 12);
}

TEST_CASE("Periods with a year, and dates, give both", "[import][period]")
{
    for (const QString &text : {u"2022年1-5月"_s, u"2022-05"_s, u"2022/5"_s, u"2022-05-31"_s, u"202205"_s, u"2022年5月"_s}) {
        INFO(text.toStdString());
        const PeriodText period = parsePeriodText(text);
        CHECK(period.year == 2022);
        CHECK(period.month == 5);
    }
}

TEST_CASE("Periods that are not year-to-date are refused with a reason", "[import][period]")
{
    for (const QString &text : {u"3-5月"_s, u"二季度"_s, u"下半年"_s, u"Q2"_s}) {
        INFO(text.toStdString());
        const PeriodText period = parsePeriodText(text);
        CHECK_FALSE(period.month);
        CHECK(period.problem.contains(u"year-to-date"_s));
    }
    CHECK(parsePeriodText(u"合计"_s).isEmpty());
    CHECK(parsePeriodText(u"13"_s).isEmpty());
}

TEST_CASE("Years and periods are found inside titles and headers", "[import][period]")
{
    const PeriodText title = findPeriodIn(u"2022年1-5月渌口区主要经济指标"_s);
    CHECK(title.year == 2022);
    CHECK(title.month == 5);
    CHECK(findPeriodIn(u"Lukou District: figures of 2022"_s).year == 2022);
    CHECK_FALSE(findPeriodIn(u"同比增长%"_s).month);
    CHECK_FALSE(findPeriodIn(u"本月止累计"_s).month);
}

TEST_CASE("Amounts convert between 亿元, 万元 and 元; other units do not", "[import][unit]")
{
    CHECK(unitFactor(u"亿元"_s, u"万元"_s) == 10000.0);
    CHECK(unitFactor(u"万元"_s, u"亿元"_s) == Approx(0.0001));
    CHECK(unitFactor(u"元"_s, u"万元"_s) == Approx(0.0001));
    CHECK(unitFactor(u"万吨标准煤"_s, u"吨标准煤"_s) == 10000.0);
    CHECK(unitFactor(u"万千瓦时"_s, u"千瓦时"_s) == 10000.0);
    CHECK(unitFactor(u"％"_s, u"%"_s) == 1.0);
    CHECK_FALSE(unitFactor(u"吨"_s, u"亿元"_s));
    CHECK_FALSE(unitFactor(u"%"_s, u"亿元"_s));
    CHECK_FALSE(unitFactor(QString(), u"亿元"_s));
    // Exactly the figure someone would have typed in the other unit.
    CHECK(scaleAmount(356000, *unitFactor(u"万元"_s, u"亿元"_s)) == 35.6);
    CHECK(scaleAmount(1.2345, *unitFactor(u"亿元"_s, u"万元"_s)) == 12345.0);
}

TEST_CASE("Headers in Chinese and English give column roles", "[import][header]")
{
    const auto role = [](const QString &header) { return recognizeHeader(header); };
    CHECK(role(u"指标名称"_s).field == ColumnField::Indicator);
    CHECK(role(u"代码"_s).field == ColumnField::Indicator);
    CHECK(role(u"计量单位"_s).field == ColumnField::Unit);
    CHECK(role(u"年份"_s).field == ColumnField::Year);
    CHECK(role(u"期间"_s).field == ColumnField::Period);
    CHECK(role(u"备注"_s).field == ColumnField::Note);
    CHECK(role(u"上年同期"_s).field == ColumnField::LastYearValue);
    CHECK(role(u"本年累计比上年同期增长%"_s).field == ColumnField::Growth);
    CHECK(role(u"累计值"_s).field == ColumnField::Value);
    CHECK(role(u"本月止累计"_s).field == ColumnField::Value);

    const ColumnRole ytd = role(u"1-5月累计（万元）"_s);
    CHECK(ytd.field == ColumnField::Value);
    CHECK(ytd.month == 5);
    CHECK(ytd.unit == u"万元"_s);
    const ColumnRole growth = role(u"1-5月 同比增长%"_s);
    CHECK(growth.field == ColumnField::Growth);
    CHECK(growth.month == 5);
    CHECK(role(u"1-5月"_s) == ColumnRole{ColumnField::Value, 5, {}});

    // What the Chinese export writes.
    CHECK(role(u"1-5月上年同期"_s) == ColumnRole{ColumnField::LastYearValue, 5, {}});
    CHECK(role(u"1-5月备注"_s) == ColumnRole{ColumnField::Note, 5, {}});
    CHECK(role(u"1-5月同比增长%"_s) == ColumnRole{ColumnField::Growth, 5, {}});
    CHECK(role(u"Jan–May YTD"_s) == ColumnRole{ColumnField::Value, 5, {}});
    CHECK(role(u"Jan–May same period last year"_s) == ColumnRole{ColumnField::LastYearValue, 5, {}});
    CHECK(role(u"Jan–May growth %"_s) == ColumnRole{ColumnField::Growth, 5, {}});
    CHECK(role(u"Indicator"_s).field == ColumnField::Indicator);

    // As programs write them: identifiers, not words.
    const std::pair<QString, ColumnField> identifiers[] = {
        {u"last_year_value"_s, ColumnField::LastYearValue}, {u"LastYearValue"_s, ColumnField::LastYearValue},
        {u"lastYear"_s, ColumnField::LastYearValue},        {u"growth_pct"_s, ColumnField::Growth},
        {u"GrowthPct"_s, ColumnField::Growth},              {u"yoy_percent"_s, ColumnField::Growth},
        {u"ytd_value"_s, ColumnField::Value},               {u"YtdValue"_s, ColumnField::Value},
        {u"indicator_code"_s, ColumnField::Indicator},      {u"IndicatorName"_s, ColumnField::Indicator},
        {u"note"_s, ColumnField::Note},
    };
    for (const auto &[header, field] : identifiers) {
        INFO(header.toStdString());
        CHECK(role(header).field == field);
    }

    // Beside the figures, but not figures to import.
    CHECK(role(u"全年目标"_s).field == ColumnField::Ignore);
    CHECK(role(u"5月当月"_s).field == ColumnField::Ignore);
    CHECK(role(u"3-5月"_s).field == ColumnField::Ignore);
    CHECK(role(u"排名"_s).field == ColumnField::Ignore);
}

TEST_CASE("Column roles survive a trip through the settings file", "[import][header]")
{
    const ColumnRole role{ColumnField::LastYearValue, 5, u"万元"_s};
    CHECK(role.toCode() == u"last_year@5|万元"_s);
    CHECK(ColumnRole::fromCode(role.toCode()) == role);
    CHECK(ColumnRole::fromCode(u"indicator"_s) == ColumnRole{ColumnField::Indicator, std::nullopt, {}});
    CHECK_FALSE(ColumnRole::fromCode(u"value@13"_s));
    CHECK_FALSE(ColumnRole::fromCode(u"frobnicate"_s));
}

TEST_CASE("Indicators are found by name, alias and code", "[import][matcher]")
{
    const IndicatorMatcher matcher(bundledSeed().indicators);
    const auto code = [&matcher](const QString &cell) {
        const IndicatorName name = matcher.match(cell);
        return name.indicator ? name.indicator->code : QString();
    };
    CHECK(code(u"规模以上工业增加值"_s) == u"industry_va"_s);
    CHECK(code(u"规模工业增加值"_s) == u"industry_va"_s);
    CHECK(code(u"industry_va"_s) == u"industry_va"_s);
    CHECK(code(u"Value added of industry above designated size"_s) == u"industry_va"_s);
    CHECK(code(u"二、规模工业增加值"_s) == u"industry_va"_s);
    CHECK(code(u"（一）固定资产投资"_s) == u"fai"_s);
    CHECK(code(u"其中：社零总额"_s) == u"retail_sales"_s);
    CHECK(code(u"  地区生产总值 "_s) == u"gdp"_s);
    CHECK(code(u"GDP"_s) == u"gdp"_s);
    CHECK(code(u"ＰＭ２．５平均浓度"_s) == u"pm25"_s);
    CHECK(code(u"城镇调查失业率"_s) == u"unemployment"_s);
    CHECK(code(u"全市城镇调查失业率"_s) == u"unemployment_city"_s);
    // Near misses are not guessed.
    CHECK(code(u"规模工业增加"_s).isEmpty());
    CHECK(code(u"工业"_s).isEmpty());

    const IndicatorName withUnit = matcher.match(u"地方一般公共预算收入（万元）"_s);
    REQUIRE(withUnit.indicator);
    CHECK(withUnit.unit == u"万元"_s);
    const IndicatorName growth = matcher.match(u"规模工业增加值增速(%)"_s);
    REQUIRE(growth.indicator);
    CHECK(growth.indicator->code == u"industry_va"_s);
    CHECK(growth.growthRow);
    // A bracket that is not a unit is part of the name.
    CHECK(matcher.match(u"地区生产总值（GDP）"_s).unit.isEmpty());
}

TEST_CASE("Aliases come from data, and never take over another indicator's own name", "[import][matcher]")
{
    QList<Indicator> indicators = bundledSeed().indicators;
    for (Indicator &indicator : indicators)
        indicator.aliases = indicator.code == u"gdp"_s ? QStringList{u"经济总量"_s, u"固定资产投资"_s} : QStringList{};
    const IndicatorMatcher matcher(indicators);
    CHECK(matcher.match(u"经济总量"_s).indicator->code == u"gdp"_s);
    CHECK(matcher.match(u"固定资产投资"_s).indicator->code == u"fai"_s);
    CHECK_FALSE(matcher.match(u"社零总额"_s).indicator);
}
