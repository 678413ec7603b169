#include "core/editing/numberparser.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <cmath>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// Restores the default locale even when a check throws.
class DefaultLocaleScope
{
public:
    explicit DefaultLocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocaleScope() { QLocale::setDefault(m_saved); }
    DefaultLocaleScope(const DefaultLocaleScope &) = delete;
    DefaultLocaleScope &operator=(const DefaultLocaleScope &) = delete;

private:
    QLocale m_saved;
};

const QString misplacedSeparator =
    u"has a misplaced thousands separator: after a comma come groups of three digits, as in 12,345."_s;

} // namespace

TEST_CASE("Figures are read as staff write them in Excel, WPS and Chinese documents", "[numberparser]")
{
    const auto row = GENERATE(table<QString, double, bool>({
        // Thousands separators as Excel and WPS display them.
        {u"38,620.5"_s, 38620.5, false},
        {u"12,345"_s, 12345.0, false},
        {u"1,234,567.89"_s, 1234567.89, false},
        {u"1234567"_s, 1234567.0, false},
        {u"999"_s, 999.0, false},
        // Full-width digits, point, comma and signs from a Chinese input method.
        {u"１，２３４．５"_s, 1234.5, false},
        {u"１２３．４"_s, 123.4, false},
        {u"－３．５"_s, -3.5, false},
        {u"＋８．５"_s, 8.5, false},
        {u"１２,３４５.６"_s, 12345.6, false},
        // Signs: ASCII, and the U+2212 minus sign of typeset documents.
        {u"-3.5"_s, -3.5, false},
        {u"+8.5"_s, 8.5, false},
        {u"−2.1"_s, -2.1, false},
        {u"-1,234.5"_s, -1234.5, false},
        // A percent sign is noted, but the value is the number as written.
        {u"12.3%"_s, 12.3, true},
        {u"１２．３％"_s, 12.3, true},
        {u"-0.8%"_s, -0.8, true},
        {u"12.3 %"_s, 12.3, true},
        {u"100%"_s, 100.0, true},
        // Surrounding blanks: spaces, tabs, ideographic space, NBSP, BOM.
        {u"  42 "_s, 42.0, false},
        {u"\u3000１２\u3000"_s, 12.0, false},
        {u"\u00A01,234\u00A0"_s, 1234.0, false},
        {u"\t7.25\n"_s, 7.25, false},
        {u"\uFEFF8"_s, 8.0, false},
        // Shapes Excel also accepts.
        {u".5"_s, 0.5, false},
        {u"-.5"_s, -0.5, false},
        {u"12."_s, 12.0, false},
        {u"007"_s, 7.0, false},
        {u"0.000001"_s, 0.000001, false},
    }));
    const auto [text, expected, percent] = row;
    INFO("text: " << text.toStdString());
    const ParsedNumber parsed = parseFigure(text);
    REQUIRE(parsed.isValue());
    CHECK(parsed.kind() == ParsedNumber::Kind::Value);
    // Exact: the digits must reach the double as written, not approximately.
    CHECK(parsed.value() == expected);
    CHECK(parsed.hadPercentSign() == percent);
    CHECK(parsed.errorMessage().isEmpty());
}

TEST_CASE("Negative zero reads as plain zero", "[numberparser]")
{
    const auto text = GENERATE(u"-0"_s, u"－０"_s, u"-0.00%"_s);
    INFO("text: " << text.toStdString());
    const ParsedNumber parsed = parseFigure(text);
    REQUIRE(parsed.isValue());
    CHECK(parsed.value() == 0.0);
    CHECK_FALSE(std::signbit(parsed.value()));
}

TEST_CASE("Blank cells and placeholders mean no figure, not an error", "[numberparser]")
{
    const auto text = GENERATE(u""_s, u"   "_s, u"\u3000"_s, u"\u00A0\t"_s, u"—"_s, u"——"_s, u" — "_s, u"-"_s,
                               u"－"_s, u"−"_s, u"--"_s, u"/"_s, u"／"_s, u"…"_s, u"……"_s, u"..."_s);
    INFO("text: " << text.toStdString());
    const ParsedNumber parsed = parseFigure(text);
    CHECK(parsed.isMissing());
    CHECK(parsed.kind() == ParsedNumber::Kind::Missing);
    CHECK_FALSE(parsed.isError());
    CHECK_FALSE(parsed.hadPercentSign());
    CHECK(parsed.errorMessage().isEmpty());
}

TEST_CASE("Typing mistakes get a message that names the mistake", "[numberparser]")
{
    // Without a translator installed the English source messages apply.
    const auto row = GENERATE(table<QString, QString>({
        {u"abc"_s, u"“abc” is not a number."_s},
        {u"12.3.4"_s, u"“12.3.4” has more than one decimal point."_s},
        {u"１２．３．４"_s, u"“１２．３．４” has more than one decimal point."_s},
        {u"1,23"_s, u"“1,23” " % misplacedSeparator},
        {u"１，２３"_s, u"“１，２３” " % misplacedSeparator},
        {u"1234,567"_s, u"“1234,567” " % misplacedSeparator},
        {u"12,3456"_s, u"“12,3456” " % misplacedSeparator},
        {u",123"_s, u"“,123” " % misplacedSeparator},
        {u"123,"_s, u"“123,” " % misplacedSeparator},
        {u"1,,234"_s, u"“1,,234” " % misplacedSeparator},
        // The European way round: comma as decimal separator.
        {u"1.234,5"_s, u"“1.234,5” " % misplacedSeparator},
        {u"1,234.567,8"_s, u"“1,234.567,8” " % misplacedSeparator},
        // The message quotes what was typed, without the surrounding blanks.
        {u"\u3000 ａｂｃ "_s, u"“ａｂｃ” is not a number."_s},
    }));
    const auto [text, message] = row;
    INFO("text: " << text.toStdString());
    const ParsedNumber parsed = parseFigure(text);
    REQUIRE(parsed.isError());
    CHECK(parsed.kind() == ParsedNumber::Kind::Error);
    CHECK(parsed.errorMessage().toStdString() == message.toStdString());
    CHECK(parsed.value() == 0.0);
}

TEST_CASE("Text that only resembles a number is not a number", "[numberparser]")
{
    const auto text = GENERATE(
        // What strtod and QString::toDouble would accept.
        u"inf"_s, u"-inf"_s, u"nan"_s, u"NaN"_s, u"1e5"_s, u"1E-3"_s, u"0x1A"_s,
        // Units and words belong in the indicator, not in the cell.
        u"12.3亿"_s, u"8.5万元"_s, u"约12"_s, u"12.3%左右"_s,
        // Spaces inside, stray signs and percent signs.
        u"12 345"_s, u"- 3"_s, u"--5"_s, u"+-5"_s, u"5-"_s, u"%12"_s, u"12%%"_s, u"—5"_s,
        // Nothing but punctuation.
        u"+"_s, u"%"_s, u"."_s, u","_s, u"-%"_s, u"(123)"_s, u"12。5"_s);
    INFO("text: " << text.toStdString());
    const ParsedNumber parsed = parseFigure(text);
    REQUIRE(parsed.isError());
    const QString message = u"“"_s % text % u"” is not a number."_s;
    CHECK(parsed.errorMessage().toStdString() == message.toStdString());
}

TEST_CASE("A figure beyond the range of double is an error", "[numberparser]")
{
    const QString text(400, u'9');
    const ParsedNumber parsed = parseFigure(text);
    REQUIRE(parsed.isError());
    CHECK(parsed.errorMessage().endsWith(u"” is too large to be a figure."_s));
}

TEST_CASE("Long pasted text is shortened in the message", "[numberparser]")
{
    const QString paragraph = u"全区规模以上工业增加值同比增长百分之十二点三，高于全市平均水平。"_s.repeated(3);
    const ParsedNumber parsed = parseFigure(paragraph);
    REQUIRE(parsed.isError());
    const QString message = parsed.errorMessage();
    CHECK(message.startsWith(u"“全区规模以上工业增加值"_s));
    CHECK(message.contains(u"…” is not a number."_s));
    CHECK(message.size() < 50);
}

TEST_CASE("Parsing does not follow the default locale", "[numberparser]")
{
    // In German "1,234" would be 1.234 and "1.234" would be 1234.
    const auto locale = GENERATE(QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::Chinese, QLocale::China),
                                 QLocale(QLocale::French, QLocale::France));
    INFO("locale: " << locale.name().toStdString());
    const DefaultLocaleScope scope(locale);
    CHECK(parseFigure(u"1,234"_s).value() == 1234.0);
    CHECK(parseFigure(u"38,620.5"_s).value() == 38620.5);
    CHECK(parseFigure(u"1.5"_s).value() == 1.5);
    CHECK(parseFigure(u"12,5"_s).isError());
}

TEST_CASE("ParsedNumber holds one of a value, no figure or an error", "[numberparser]")
{
    CHECK(ParsedNumber().isMissing());
    CHECK(ParsedNumber() == ParsedNumber::missing());

    const ParsedNumber growth = ParsedNumber::number(8.5, true);
    CHECK(growth.isValue());
    CHECK(growth.value() == 8.5);
    CHECK(growth.hadPercentSign());
    CHECK(growth == parseFigure(u"8.5%"_s));
    CHECK_FALSE(growth == parseFigure(u"8.5"_s));

    const ParsedNumber error = ParsedNumber::error(u"bad"_s);
    CHECK(error.isError());
    CHECK_FALSE(error.isValue());
    CHECK_FALSE(error.isMissing());
    CHECK(error.errorMessage() == u"bad"_s);
}
