#include "core/import/unitscale.h"

#include "core/import/periodtext.h"

#include <QRegularExpression>

#include <array>
#include <utility>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

struct ScaledUnit
{
    double multiplier = 1.0;
    QString base;
};

// Strips multiplier characters from the front: 万千瓦时 is 10^4 × 10^3 瓦时,
// 千瓦时 is 10^3 瓦时, so the two compare on the same base.
ScaledUnit split(QStringView unit)
{
    static const std::array<std::pair<QString, double>, 4> prefixes = {{
        {u"亿"_s, 1e8}, {u"万"_s, 1e4}, {u"千"_s, 1e3}, {u"百"_s, 1e2},
    }};
    ScaledUnit scaled;
    QString rest = foldForMatching(unit).remove(u' ');
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const auto &[prefix, multiplier] : prefixes) {
            // "十万" and "百万" come as 十/百 + 万; a lone 十 is no unit prefix.
            if (rest.startsWith(prefix) && rest.size() > prefix.size()) {
                scaled.multiplier *= multiplier;
                rest = rest.sliced(prefix.size());
                stripped = true;
            }
        }
        if (rest.startsWith(u'十') && rest.size() > 1 && (rest.at(1) == u'万' || rest.at(1) == u'亿')) {
            scaled.multiplier *= 10;
            rest = rest.sliced(1);
            stripped = true;
        }
    }
    scaled.base = rest;
    return scaled;
}

} // namespace

std::optional<double> unitFactor(QStringView from, QStringView to)
{
    const ScaledUnit source = split(from);
    const ScaledUnit target = split(to);
    if (source.base.isEmpty() || source.base != target.base)
        return std::nullopt;
    return source.multiplier / target.multiplier;
}

double scaleAmount(double value, double factor)
{
    if (factor == 1.0)
        return value;
    return QString::number(value * factor, 'g', 15).toDouble();
}

QString splitBracketedUnit(const QString &folded, QString &unit)
{
    // Brackets are ASCII after folding (NFKC turns "（" into "(").
    static const QRegularExpression trailingBracket(u"\\(([^()]{1,12})\\)$"_s);
    const QRegularExpressionMatch match = trailingBracket.match(folded);
    if (!match.hasMatch())
        return folded;
    unit = match.captured(1);
    return folded.first(match.capturedStart());
}

} // namespace zhibiao
