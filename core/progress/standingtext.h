#pragma once

#include "core/progress/citystanding.h"

#include <QList>
#include <QString>

namespace zhibiao {

// Where the district stands in the city, in the words a statistics
// bureau's report uses, in the UI language. One place, so the tile, the
// chart's caption, the PDF and its analysis say it the same way. Only
// what the standing holds is said: no gap without the city's figure, no
// move without an earlier table.

// "居全市第3位（共9个）" / "3rd of 9 in the city".
QString rankText(const CityStanding &standing);
// "高于全市平均0.9个百分点" / "0.9 points above the city average";
// empty without the city's figure.
QString cityGapText(const CityStanding &standing);
// "比1-3月前移2位" / "up 2 places since Jan–Mar"; empty without an
// earlier table.
QString rankChangeText(const CityStanding &standing);
// The rank at each quarter end, in order, as one row:
// "一季度 第5位 → 上半年 第3位" / "Q1 5th → H1 3rd"; empty without any.
QString rankPathText(const QList<CityStanding> &path);
// The three joined as one clause: "居全市第3位（共9个），高于全市平均0.9个百分点，比1-3月前移2位".
QString standingText(const CityStanding &standing);

} // namespace zhibiao
