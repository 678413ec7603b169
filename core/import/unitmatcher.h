#pragma once

#include "core/domain/comparisonunit.h"

#include <QHash>
#include <QList>
#include <QStringView>

namespace zhibiao {

// Finds the comparison unit a city table means by a cell: the unit's
// Chinese or English name or code, or the short form tables use for
// county-level units, without 区, 县 or 市 (渌口 for 渌口区, 醴陵 for
// 醴陵市). Compared folded (full-width, case, spaces); only exact matches
// count, so a near miss is listed for the user, never guessed.
class UnitMatcher
{
public:
    explicit UnitMatcher(const QList<ComparisonUnit> &units);

    // nullptr: no unit has this name.
    const ComparisonUnit *match(QStringView cell) const;
    const QList<ComparisonUnit> &units() const { return m_units; }

private:
    void add(const QString &name, qsizetype index);

    QList<ComparisonUnit> m_units;
    QHash<QString, qsizetype> m_byName; // folded name -> index into m_units
};

} // namespace zhibiao
