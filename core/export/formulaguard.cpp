#include "core/export/formulaguard.h"

#include <algorithm>

namespace zhibiao {

namespace {

// What spreadsheets take as the start of a formula.
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// Apostrophes, then a formula character: what the guard adds one apostrophe to.
bool isApostrophesThenFormula(QStringView text)
{
    const auto first = std::find_if(text.begin(), text.end(), [](QChar c) { return c != u'\''; });
    return first != text.end() && startsFormula(*first);
}

// "-3.5", "+12", "1,234.5": a spreadsheet reads these as numbers, never formulas.
bool isPlainNumber(QStringView text)
{
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+'))
        text = text.sliced(1);
    const bool numberCharacters = std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'.' || c == u',';
    });
    return numberCharacters && std::any_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })
        && text.count(u'.') <= 1;
}

} // namespace

QString guardFormula(const QString &text)
{
    if (!isApostrophesThenFormula(text) || isPlainNumber(text))
        return text;
    return u'\'' + text;
}

bool hasFormulaGuard(QStringView text)
{
    return text.startsWith(u'\'') && isApostrophesThenFormula(text) && !isPlainNumber(text.sliced(1));
}

QString unguardFormula(const QString &text)
{
    return hasFormulaGuard(text) ? text.sliced(1) : text;
}

} // namespace zhibiao
