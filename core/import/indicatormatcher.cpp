#include "core/import/indicatormatcher.h"

#include "core/import/periodtext.h"
#include "core/import/unitscale.h"

#include <QRegularExpression>

#include <array>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Folded, without spaces, numbering and "其中：". Brackets are ASCII after
// folding (NFKC turns "（" into "(").
QString nameKey(QStringView text)
{
    static const QRegularExpression numbering(
        u"^(?:[一二三四五六七八九十]+[、.]|\\d+(?:\\.\\d+)*[、.)]|\\([一二三四五六七八九十\\d]+\\)[、.]?|[①-⑳])"_s);
    static const QRegularExpression among(u"^(?:其中|内|含)[:：]?"_s);
    QString key = foldedKey(text);
    key.remove(numbering);
    key.remove(among);
    return key;
}

} // namespace

IndicatorMatcher::IndicatorMatcher(const QList<Indicator> &indicators)
    : m_indicators(indicators)
{
    // Own names first, so that an alias never takes over another indicator's name.
    for (qsizetype i = 0; i < m_indicators.size(); ++i) {
        add(m_indicators.at(i).code, i);
        add(m_indicators.at(i).nameZh, i);
        add(m_indicators.at(i).nameEn, i);
    }
    for (qsizetype i = 0; i < m_indicators.size(); ++i) {
        for (const QString &alias : m_indicators.at(i).aliases)
            add(alias, i);
    }
}

void IndicatorMatcher::add(const QString &name, qsizetype index)
{
    QString unit;
    const QString key = splitBracketedUnit(nameKey(name), unit);
    if (!key.isEmpty() && !m_byName.contains(key))
        m_byName.insert(key, index);
}

const Indicator *IndicatorMatcher::named(QStringView name) const
{
    QString unit;
    return lookUp(splitBracketedUnit(nameKey(name), unit));
}

const Indicator *IndicatorMatcher::lookUp(const QString &key) const
{
    const auto it = m_byName.constFind(key);
    return it == m_byName.constEnd() ? nullptr : &m_indicators.at(*it);
}

IndicatorName IndicatorMatcher::match(QStringView cell) const
{
    IndicatorName result = find(cell);
    // "(GDP)" or "(可比价)" after a name is part of it, not a unit.
    if (result.indicator && !unitFactor(result.unit, result.indicator->unit))
        result.unit.clear();
    return result;
}

IndicatorName IndicatorMatcher::find(QStringView cell) const
{
    IndicatorName result;
    const QString key = splitBracketedUnit(nameKey(cell), result.unit);
    if (key.isEmpty())
        return result;
    if ((result.indicator = lookUp(key)))
        return result;
    // "规模工业增加值增速(%)": the growth row of an indicator.
    static const std::array growthSuffixes = {u"同比增长率"_s, u"同比增长"_s, u"增长率"_s, u"增速"_s,
                                              u"增幅"_s, u"增长"_s, u"growth"_s};
    for (const QString &suffix : growthSuffixes) {
        if (key.endsWith(suffix) && key.size() > suffix.size()) {
            if ((result.indicator = lookUp(key.chopped(suffix.size())))) {
                result.growthRow = true;
                return result;
            }
        }
    }
    return result;
}

} // namespace zhibiao
