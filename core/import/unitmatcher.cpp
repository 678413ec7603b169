#include "core/import/unitmatcher.h"

#include "core/import/periodtext.h"

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// 渌口区 → 渌口, 醴陵市 → 醴陵, 攸县 → 攸: a county-level unit without its
// administrative suffix, as the city's tables write it to save room.
QString shortForm(const QString &key)
{
    for (const QStringView suffix : {u"区", u"县", u"市"}) {
        if (key.endsWith(suffix) && key.size() > suffix.size())
            return key.chopped(suffix.size());
    }
    return {};
}

} // namespace

UnitMatcher::UnitMatcher(const QList<ComparisonUnit> &units)
    : m_units(units)
{
    // Full names first, so that a short form never takes over another unit's name.
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        add(m_units.at(i).nameZh, i);
        add(m_units.at(i).nameEn, i);
        add(m_units.at(i).code, i);
    }
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        if (m_units.at(i).kind == ComparisonUnit::Kind::County)
            add(shortForm(foldedKey(m_units.at(i).nameZh)), i);
    }
}

void UnitMatcher::add(const QString &name, qsizetype index)
{
    const QString key = foldedKey(name);
    if (!key.isEmpty() && !m_byName.contains(key))
        m_byName.insert(key, index);
}

const ComparisonUnit *UnitMatcher::match(QStringView cell) const
{
    const QString key = foldedKey(cell);
    if (key.isEmpty())
        return nullptr;
    const auto found = m_byName.constFind(key);
    return found == m_byName.constEnd() ? nullptr : &m_units.at(*found);
}

} // namespace zhibiao
