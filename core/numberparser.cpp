#include "numberparser.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

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

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "12,345,678": the first group has one to three digits, every later group
// exactly three. "1,23" is most likely a mistyped decimal comma, and
// guessing would silently change the figure by a factor of ten or more.
bool hasWellPlacedSeparators(QStringView whole)
{
    const QList<QStringView> groups = whole.split(u',');
    if (groups.size() == 1)
        return true;
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    return std::all_of(groups.begin() + 1, groups.end(), [](QStringView group) { return group.size() == 3; });
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

    QString ascii;
    ascii.reserve(cell.size());
    for (const QChar c : cell)
        ascii.append(asciiEquivalent(c));
    QStringView rest = ascii;

    // Excel accepts "12.3 %" as well as "12.3%".
    const bool percent = rest.endsWith(u'%');
    if (percent)
        rest = trimmedView(rest.chopped(1));

    // What QString::toDouble() reads: an optional "-", digits, at most one ".".
    QString canonical;
    if (rest.startsWith(u'+') || rest.startsWith(u'-')) {
        if (rest.front() == u'-')
            canonical.append(u'-');
        rest = rest.sliced(1);
    }

    // Letters, spaces inside the number, a second sign or percent sign,
    // exponents, "inf" and "nan" all end here.
    const bool onlyNumberCharacters = std::all_of(rest.begin(), rest.end(), [](QChar c) {
        return isAsciiDigit(c) || c == u'.' || c == u',';
    });
    if (!onlyNumberCharacters || !std::any_of(rest.begin(), rest.end(), isAsciiDigit))
        return notANumber(cell);

    if (rest.count(u'.') > 1)
        return ParsedNumber::error(NumberParser::tr("“%1” has more than one decimal point.").arg(quotable(cell)));

    const qsizetype point = rest.indexOf(u'.');
    const QStringView whole = point < 0 ? rest : rest.first(point);
    const QStringView fraction = point < 0 ? QStringView() : rest.sliced(point + 1);
    if (fraction.contains(u',') || !hasWellPlacedSeparators(whole)) {
        return ParsedNumber::error(
            NumberParser::tr("“%1” has a misplaced thousands separator: after a comma come groups of three digits, as in 12,345.")
                .arg(quotable(cell)));
    }

    // Padded with zeros so that ".5" and "12." read as "0.50" and "012.0".
    canonical.append(u'0');
    for (const QChar c : whole) {
        if (c != u',')
            canonical.append(c);
    }
    canonical.append(u'.');
    canonical.append(fraction);
    canonical.append(u'0');

    // QString::toDouble() always reads the C locale, whatever QLocale is set.
    bool ok = false;
    const double value = canonical.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return ParsedNumber::error(NumberParser::tr("“%1” is too large to be a figure.").arg(quotable(cell)));
    // "-0" is zero; a signed zero would show as "-0" in the table.
    return ParsedNumber::number(value == 0.0 ? 0.0 : value, percent);
}

} // namespace zhibiao
