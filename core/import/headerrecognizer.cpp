#include "core/import/headerrecognizer.h"

#include "core/import/periodtext.h"

#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

using Keywords = std::initializer_list<QStringView>;

bool containsAny(const QString &text, Keywords keywords)
{
    return std::any_of(keywords.begin(), keywords.end(), [&text](QStringView k) { return text.contains(k); });
}

bool equalsAny(const QString &text, Keywords keywords)
{
    const QStringView compact = QStringView(text).sliced(text.indexOf(u'\x1f') + 1);
    return std::any_of(keywords.begin(), keywords.end(), [compact](QStringView k) { return compact == k; });
}

// Columns beside the figures that must not be read as figures. "本月" and
// "当月" are the month alone; "本月止累计" is year-to-date and stays.
bool isOtherFigure(const QString &text)
{
    if (containsAny(text, {u"序号", u"排名", u"排位", u"位次", u"目标", u"计划", u"任务", u"完成率", u"进度",
                           u"rank", u"target", u"plan", u"progress"}))
        return true;
    return containsAny(text, {u"当月", u"本月", u"this month"}) && !containsAny(text, {u"累计", u"止", u"ytd"});
}

bool isGrowth(const QString &text)
{
    return containsAny(text, {u"增长", u"增速", u"增幅", u"增减", u"同比", u"±", u"growth", u"change", u"yoy",
                              u"pct", u"percent"})
        || text.endsWith(u"\x1f%");
}

bool isLastYear(const QString &text)
{
    return containsAny(text, {u"上年", u"去年", u"last year", u"previous year", u"prior year"});
}

bool isNote(const QString &text)
{
    return containsAny(text, {u"备注", u"说明", u"注释", u"note", u"remark", u"comment"});
}

bool isValue(const QString &text)
{
    return containsAny(text, {u"累计", u"本期", u"数值", u"绝对值", u"总量", u"总额", u"金额", u"实绩", u"完成数",
                              u"完成值", u"实际", u"value", u"ytd", u"amount", u"actual", u"level"});
}

// The unit in brackets at the end ("(万元)", "(%)"), removed from text.
QString takeBracketedUnit(QString &text)
{
    static const QRegularExpression bracket(u"\\(([^()]{1,12})\\)\\s*$"_s);
    const QRegularExpressionMatch match = bracket.match(text);
    if (!match.hasMatch())
        return {};
    text = text.first(match.capturedStart()).trimmed();
    return match.captured(1).trimmed();
}

// Headers as programs write them, identifiers rather than words
// ("last_year_value", "LastYearValue", "growth_pct"): the words apart, so
// that they read as "last year value" and "growth pct" do.
QString wordsOfIdentifier(QStringView header)
{
    QString words;
    words.reserve(header.size() + 4);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QChar c = header[i];
        if (c == u'_') {
            words += u' ';
            continue;
        }
        if (i > 0 && c.isUpper() && c.unicode() < 128 && header[i - 1].isLower() && header[i - 1].unicode() < 128)
            words += u' ';
        words += c;
    }
    return words;
}

} // namespace

ColumnRole recognizeHeader(QStringView header)
{
    QString text = foldForMatching(wordsOfIdentifier(header));
    ColumnRole role;
    if (text.isEmpty() || isOtherFigure(text))
        return role;

    const PeriodText period = findPeriodIn(text);
    if (!period.problem.isEmpty())
        return role; // "3-5月": not a year-to-date figure
    if (period.start >= 0)
        text = QString(text.first(period.start) + u' ' + text.sliced(period.start + period.length)).simplified();
    const QString unit = takeBracketedUnit(text);
    // Chinese headers may be spaced out ("同 比 增 长"); English keywords
    // have spaces of their own ("last year"). Both forms are searched, and a
    // keyword cannot span the separator.
    const QString compact = QString(text).remove(u' ');
    text = compact.isEmpty() ? QString() : text + u'\x1f' + compact;
    role.month = period.month;

    if (isGrowth(text) || (text.isEmpty() && unit == u"%" && !period.month)) {
        role.field = ColumnField::Growth;
    } else if (isLastYear(text)) {
        role.field = ColumnField::LastYearValue;
    } else if (isNote(text)) {
        role.field = ColumnField::Note;
    } else if (period.month && (text.isEmpty() || isValue(text))) {
        role.field = ColumnField::Value;
    } else if (period.month) {
        role.field = ColumnField::Ignore;
    } else if (containsAny(text, {u"单位", u"unit"})) {
        role.field = ColumnField::Unit;
    } else if (equalsAny(text, {u"年", u"年份", u"年度", u"统计年度", u"year"})) {
        role.field = ColumnField::Year;
    } else if (containsAny(text, {u"期间", u"时期", u"月份", u"期别", u"报告期", u"统计期", u"时间", u"日期",
                                  u"period", u"month", u"date"})) {
        role.field = ColumnField::Period;
    } else if (isValue(text)) {
        role.field = ColumnField::Value;
    } else if (containsAny(text, {u"指标", u"项目", u"名称", u"代码", u"编码", u"indicator", u"item", u"name",
                                  u"code"})) {
        role.field = ColumnField::Indicator;
    }
    if (role.field == ColumnField::Value || role.field == ColumnField::LastYearValue)
        role.unit = unit;
    if (!role.holdsFigures() && role.field != ColumnField::Note)
        role.month.reset();
    return role;
}

} // namespace zhibiao
