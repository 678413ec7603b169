#pragma once

#include "core/domain/indicator.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace zhibiao {

// What a cell naming an indicator says.
struct IndicatorName
{
    const Indicator *indicator = nullptr; // nullptr: no indicator has this name
    // "规模工业增加值增速": the row carries the indicator's growth rate in
    // its value columns.
    bool growthRow = false;
    // A unit written in brackets after the name: "地方一般公共预算收入（万元）".
    QString unit;
};

// Finds the indicator a spreadsheet means by a name, an alias or a code.
// Names are compared folded (full-width, case, spaces), without list
// numbering ("一、", "1.", "（一）"), a leading "其中：" or a bracketed unit.
// Aliases are data (each indicator's own, edited on the indicators
// screen), so a new way of writing a name is an edit there, not in code.
// Only exact matches count: a near miss is reported to the user, never guessed.
class IndicatorMatcher
{
public:
    explicit IndicatorMatcher(const QList<Indicator> &indicators);

    IndicatorName match(QStringView cell) const;
    // The indicator with exactly this name, alias or code (no growth row):
    // whose a name already is, before another indicator is given it.
    const Indicator *named(QStringView name) const;
    const QList<Indicator> &indicators() const { return m_indicators; }

private:
    IndicatorName find(QStringView cell) const;
    const Indicator *lookUp(const QString &key) const;
    void add(const QString &name, qsizetype index);

    QList<Indicator> m_indicators;
    QHash<QString, qsizetype> m_byName; // folded name -> index into m_indicators
};

} // namespace zhibiao
