#include "core/import/periodtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <vector>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Gives the free functions below a translation context of their own.
struct PeriodTextReader
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::PeriodTextReader)
};

// Hyphens, dashes, tildes and 至/到 all join the months of a range.
#define ZB_DASH u"\\s*[-‐‑‒–—―−~至到]+\\s*"
// A month as a number or in Chinese numerals: 5, 05, 五, 十二.
#define ZB_MONTH u"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
#define ZB_EN_MONTH u"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

int chineseOrArabicMonth(QStringView text)
{
    static constexpr std::array numerals = {u'一', u'二', u'三', u'四', u'五', u'六', u'七', u'八', u'九'};
    if (text.isEmpty())
        return 0;
    if (text.front().isDigit())
        return text.toInt();
    if (text.front() == u'十')
        return 10 + (text.size() > 1 ? chineseOrArabicMonth(text.sliced(1)) : 0);
    for (std::size_t i = 0; i < numerals.size(); ++i) {
        if (text.front() == numerals[i])
            return int(i) + 1;
    }
    return 0;
}

int englishMonth(QStringView name)
{
    static const std::array prefixes = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                        u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    for (std::size_t i = 0; i < prefixes.size(); ++i) {
        if (name.startsWith(prefixes[i]))
            return int(i) + 1;
    }
    return 0;
}

enum class Kind { Range, Single, EnglishRange, EnglishSingle, Fixed, NotYearToDate };

struct Pattern
{
    QRegularExpression regex;
    Kind kind;
    int month = 0; // for Fixed
};

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption);
}

// First match wins, so longer forms come before the forms inside them.
const std::vector<Pattern> &patterns()
{
    static const std::vector<Pattern> all = {
        {re(u"(?<!\\d)" ZB_MONTH ZB_DASH ZB_MONTH u"\\s*月(?:份)?"_s), Kind::Range},
        {re(u"\\b" ZB_EN_MONTH u"\\.?(?:" ZB_DASH u"|\\s+to\\s+)" ZB_EN_MONTH u"\\b\\.?"_s), Kind::EnglishRange},
        {re(u"前三季度?|(?:1|一)" ZB_DASH u"(?:3|三)\\s*季度?|\\bq1" ZB_DASH u"q3\\b"_s), Kind::Fixed, 9},
        {re(u"前[两二]季度?|(?:1|一)" ZB_DASH u"(?:2|二)\\s*季度?|\\bq1" ZB_DASH u"q2\\b"_s), Kind::Fixed, 6},
        {re(u"前四季度?|(?:1|一)" ZB_DASH u"(?:4|四)\\s*季度?|\\bq1" ZB_DASH u"q4\\b"_s), Kind::Fixed, 12},
        {re(u"下半年|\\bh2\\b"_s), Kind::NotYearToDate},
        {re(u"上半年|\\bh1\\b|\\bfirst\\s+half\\b"_s), Kind::Fixed, 6},
        {re(u"全年|\\bfull[\\s-]*year\\b"_s), Kind::Fixed, 12},
        {re(u"第?[一1]\\s*季度?|\\bq1\\b"_s), Kind::Fixed, 3},
        {re(u"第?[二三四2-4]\\s*季度|\\bq[2-4]\\b"_s), Kind::NotYearToDate},
        {re(u"(?<!\\d)" ZB_MONTH u"\\s*月(?:份|末|底)?"_s), Kind::Single},
        {re(u"\\b" ZB_EN_MONTH u"\\b\\.?"_s), Kind::EnglishSingle},
    };
    return all;
}

#undef ZB_DASH
#undef ZB_MONTH
#undef ZB_EN_MONTH

QString notYearToDate(QStringView text)
{
    return PeriodTextReader::tr("“%1” is not a year-to-date period: figures are stored as totals from January "
                                "(1-5月, 一季度, 上半年, 前三季度, 全年).")
        .arg(text);
}

void findYear(const QString &folded, PeriodText &result)
{
    static const QRegularExpression chinese(u"(\\d{4})\\s*年"_s);
    static const QRegularExpression alone(u"(?<!\\d)(19\\d\\d|20\\d\\d|21\\d\\d)(?!\\d)"_s);
    QRegularExpressionMatch match = chinese.match(folded);
    if (!match.hasMatch())
        match = alone.match(folded);
    if (match.hasMatch())
        result.year = match.captured(1).toInt();
}

} // namespace

QString foldForMatching(QStringView text)
{
    return text.toString().normalized(QString::NormalizationForm_KC).toLower().simplified();
}

QString foldedKey(QStringView text)
{
    return foldForMatching(text).remove(u' ');
}

PeriodText findPeriodIn(QStringView text)
{
    const QString folded = foldForMatching(text);
    PeriodText result;
    findYear(folded, result);
    for (const Pattern &pattern : patterns()) {
        const QRegularExpressionMatch match = pattern.regex.match(folded);
        if (!match.hasMatch())
            continue;
        int month = 0;
        int from = 1;
        switch (pattern.kind) {
        case Kind::Range:
            from = chineseOrArabicMonth(match.captured(1));
            month = chineseOrArabicMonth(match.captured(2));
            break;
        case Kind::EnglishRange:
            from = englishMonth(match.captured(1));
            month = englishMonth(match.captured(2));
            break;
        case Kind::Single:
            month = chineseOrArabicMonth(match.captured(1));
            break;
        case Kind::EnglishSingle:
            month = englishMonth(match.captured(1));
            break;
        case Kind::Fixed:
            month = pattern.month;
            break;
        case Kind::NotYearToDate:
            break;
        }
        result.start = match.capturedStart();
        result.length = match.capturedLength();
        if (from == 1 && month >= 1 && month <= 12)
            result.month = month;
        else
            result.problem = notYearToDate(match.captured());
        return result;
    }
    return result;
}

PeriodText parsePeriodText(QStringView text)
{
    const QString folded = foldForMatching(text);
    // Dates and year-month forms as Excel and databases write them.
    static const QRegularExpression yearMonth(
        u"^(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})|(\\d{2}))\\s*月?(?:[-/.]\\d{1,2}日?)?$"_s);
    if (const QRegularExpressionMatch match = yearMonth.match(folded); match.hasMatch()) {
        const int month = (match.captured(2).isEmpty() ? match.captured(3) : match.captured(2)).toInt();
        PeriodText result;
        result.year = match.captured(1).toInt();
        if (month >= 1 && month <= 12)
            result.month = month;
        return result;
    }
    bool isNumber = false;
    const int month = folded.toInt(&isNumber);
    if (isNumber) {
        PeriodText result;
        if (month >= 1 && month <= 12)
            result.month = month;
        return result;
    }
    return findPeriodIn(folded);
}

} // namespace zhibiao
