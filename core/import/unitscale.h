#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace zhibiao {

// How many `to` one `from` makes, for units written with Chinese
// multipliers: 亿元 → 万元 is 10000, 万元 → 亿元 is 0.0001, 万吨标准煤 →
// 吨标准煤 is 10000, 万千瓦时 → 千瓦时 is 10000. The same unit is 1 (also
// when written with full-width characters or spaces). nullopt when the
// units measure different things (元 and 吨, % and 亿元) or either is blank.
std::optional<double> unitFactor(QStringView from, QStringView to);

// A bracketed unit at the end of a folded name or header: "增速(%)" is
// "增速" and "%", "收入(万元)" is "收入" and "万元". Returns the text
// without it and sets unit; the text as it is when it has none.
QString splitBracketedUnit(const QString &folded, QString &unit);

// value × factor, rounded to 15 significant digits: 1.2345 亿元 is exactly
// the 12345 万元 someone would have typed, not 12344.999999999998.
double scaleAmount(double value, double factor);

} // namespace zhibiao
