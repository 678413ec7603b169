#include "core/editing/numberparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace zhibiao {

namespace {

// Gives the free functions below a translation context of their own.
struct NumberParser
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::NumberParser)
};

// QChar::isSpace() covers U+3000 and no-break space; zero-width space and
// the BOM are invisible too and come along when copying from web pages.
bool isBlank(QChar c)
{
    return c.isSpace() || c == u'\u200B' || c == u'\uFEFF';
}

QStringView trimmedView(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'－': // full-width hyphen-minus
    case u'−': // U+2212 minus sign
    case u'–': // en dash
    case u'—': // em dash
    case u'―': // horizontal bar
        return true;
    default:
        return false;
    }
}

bool isEllipsis(QChar c)
{
    return c == u'…' || c == u'⋯';
}

// Statistical tables print "—" or "-" where there is no figure, "…" where
// it is not available, and forms use "/" for "not applicable". A Chinese
// input method types the dash as "——" and the ellipsis as "……", so runs count.
bool isNoFigureMarker(QStringView cell)
{
    if (cell.isEmpty() || cell == u"/" || cell == u"／" || cell == u"...")
        return true;
    return std::all_of(cell.begin(), cell.end(), isDash) || std::all_of(cell.begin(), cell.end(), isEllipsis);
}

// Full-width forms come from Chinese input methods in full-width mode and
// from documents typeset with them; they mean the same as their ASCII forms.
QChar asciiEquivalent(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'０' && u <= u'９')
        return QChar(char16_t(u'0' + (u - u'０')));
    switch (u) {
    case u'．':
        return u'.';
    case u'，':
        return u',';
    case u'＋':
        return u'+';
    case u'－':
    case u'−':
        return u'-';
    case u'％':
        return u'%';
    default:
        return c;
    }
}

// "12,345,678": the first group has one to three digits, every later group
// exactly three. "1,23" is most likely a mistyped decimal comma, and
// guessing would silently change the figure by a factor of ten or more.
bool hasWellPlacedSeparators(std::string_view whole)
{
    const std::size_t firstComma = whole.find(',');
    if (firstComma == std::string_view::npos)
        return true;
    if (firstComma == 0 || firstComma > 3)
        return false;
    for (std::size_t group = firstComma + 1;; group += 4) {
        const std::size_t next = whole.find(',', group);
        const std::size_t end = next == std::string_view::npos ? whole.size() : next;
        if (end - group != 3)
            return false;
        if (next == std::string_view::npos)
            return true;
    }
}

// Error messages quote the cell, but a pasted paragraph would swamp them.
QString quotable(QStringView cell)
{
    constexpr qsizetype maxLength = 24;
    if (cell.size() <= maxLength)
        return cell.toString();
    QStringView head = cell.first(maxLength - 1);
    if (head.back().isHighSurrogate())
        head.chop(1);
    return head.toString() + u'…';
}

ParsedNumber notANumber(QStringView cell)
{
    return ParsedNumber::error(NumberParser::tr("“%1” is not a number.").arg(quotable(cell)));
}

} // namespace

ParsedNumber ParsedNumber::number(double value, bool hadPercentSign)
{
    ParsedNumber parsed;
    parsed.m_kind = Kind::Value;
    parsed.m_value = value;
    parsed.m_percent = hadPercentSign;
    return parsed;
}

ParsedNumber ParsedNumber::missing()
{
    return ParsedNumber();
}

ParsedNumber ParsedNumber::error(const QString &message)
{
    ParsedNumber parsed;
    parsed.m_kind = Kind::Error;
    parsed.m_message = message;
    return parsed;
}

ParsedNumber parseFigure(QStringView text)
{
    const QStringView cell = trimmedView(text);
    if (isNoFigureMarker(cell))
        return ParsedNumber::missing();

    // The cell's characters as ASCII, in a buffer on the stack: an import
    // reads millions of cells, and a heap string per cell showed in profiles.
    QVarLengthArray<char, 64> ascii;
    ascii.reserve(cell.size());
    for (const QChar c : cell) {
        const QChar plain = asciiEquivalent(c);
        // Anything else is no part of a number; '?' keeps it one.
        ascii.append(plain.unicode() < 0x80 ? char(plain.unicode()) : '?');
    }
    std::string_view rest(ascii.data(), std::size_t(ascii.size()));

    // Excel accepts "12.3 %" as well as "12.3%". The buffer holds one char
    // per character of the cell, so the cell's own trimming (any blank,
    // U+3000 included) says where the number ends.
    const bool percent = rest.ends_with('%');
    if (percent)
        rest = rest.substr(0, std::size_t(trimmedView(cell.chopped(1)).size()));

    // What std::from_chars reads: an optional "-", digits, at most one ".".
    QVarLengthArray<char, 64> canonical;
    if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
        if (rest.front() == '-')
            canonical.append('-');
        rest.remove_prefix(1);
    }

    // Letters, spaces inside the number, a second sign or percent sign,
    // exponents, "inf" and "nan" all end here.
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    const bool onlyNumberCharacters =
        std::all_of(rest.begin(), rest.end(), [&](char c) { return isDigit(c) || c == '.' || c == ','; });
    if (!onlyNumberCharacters || std::none_of(rest.begin(), rest.end(), isDigit))
        return notANumber(cell);

    if (std::count(rest.begin(), rest.end(), '.') > 1)
        return ParsedNumber::error(NumberParser::tr("“%1” has more than one decimal point.").arg(quotable(cell)));

    const std::size_t point = rest.find('.');
    const std::string_view whole = rest.substr(0, point);
    const std::string_view fraction = point == std::string_view::npos ? std::string_view() : rest.substr(point + 1);
    if (fraction.find(',') != std::string_view::npos || !hasWellPlacedSeparators(whole)) {
        return ParsedNumber::error(
            NumberParser::tr("“%1” has a misplaced thousands separator: after a comma come groups of three digits, as in 12,345.")
                .arg(quotable(cell)));
    }

    // Padded with zeros so that ".5" and "12." read as "0.50" and "012.0".
    canonical.append('0');
    for (const char c : whole) {
        if (c != ',')
            canonical.append(c);
    }
    canonical.append('.');
    canonical.append(fraction.data(), qsizetype(fraction.size()));
    canonical.append('0');

    // from_chars never looks at the locale (the default QLocale may well be
    // Chinese) and rounds correctly, as QString::toDouble() did, at a
    // fraction of its cost.
    double value = 0.0;
    const char *end = canonical.data() + canonical.size();
    const auto [parsedEnd, error] = std::from_chars(canonical.data(), end, value, std::chars_format::fixed);
    if (error != std::errc() || parsedEnd != end || !std::isfinite(value))
        return ParsedNumber::error(NumberParser::tr("“%1” is too large to be a figure.").arg(quotable(cell)));
    // "-0" is zero; a signed zero would show as "-0" in the table.
    return ParsedNumber::number(value == 0.0 ? 0.0 : value, percent);
}

QString figureText(double value)
{
    return QLocale().toString(value, 'g', 15);
}

} // namespace zhibiao
