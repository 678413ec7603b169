#include "core/progress/citystanding.h"

#include <algorithm>

namespace zhibiao {

CityRanking::CityRanking(QList<ComparisonUnit> units, bool lowerIsBetter)
    : m_units(std::move(units))
    , m_lowerIsBetter(lowerIsBetter)
{
}

const ComparisonUnit *CityRanking::unit(const QString &code) const
{
    const auto found = std::ranges::find(m_units, code, &ComparisonUnit::code);
    return found == m_units.end() ? nullptr : &*found;
}

QHash<QString, int> CityRanking::ranks(const QList<PeerFigure> &figures) const
{
    QList<std::pair<QString, double>> ranked;
    for (const PeerFigure &figure : figures) {
        const ComparisonUnit *of = unit(figure.unitCode);
        if (of && of->kind == ComparisonUnit::Kind::County && figure.growth)
            ranked.append({figure.unitCode, *figure.growth});
    }
    const auto better = [this](double a, double b) { return m_lowerIsBetter ? a < b : a > b; };
    QHash<QString, int> result;
    // Standard competition ranking: one more than the units strictly
    // better, so tied units share a rank and the next one skips.
    for (const auto &unit : std::as_const(ranked)) {
        const double growth = unit.second;
        const auto ahead = std::ranges::count_if(ranked, [&](const auto &other) { return better(other.second, growth); });
        result.insert(unit.first, int(ahead) + 1);
    }
    return result;
}

std::optional<double> CityRanking::growthOf(const QList<PeerFigure> &figures, const ComparisonUnit::Kind kind,
                                            bool own) const
{
    for (const PeerFigure &figure : figures) {
        const ComparisonUnit *of = unit(figure.unitCode);
        if (of && of->kind == kind && of->ownDistrict == own && figure.growth)
            return figure.growth;
    }
    return std::nullopt;
}

std::optional<CityStanding> CityRanking::standing(const QList<PeerFigure> &figures,
                                                  const QList<PeerFigure> &previous) const
{
    const auto own = std::ranges::find_if(m_units, &ComparisonUnit::ownDistrict);
    if (own == m_units.end())
        return std::nullopt;
    const QHash<QString, int> now = ranks(figures);
    if (!now.contains(own->code))
        return std::nullopt;

    CityStanding standing;
    standing.ownGrowth = *growthOf(figures, ComparisonUnit::Kind::County, true);
    standing.rank = now.value(own->code);
    standing.unitCount = int(now.size());
    standing.cityGrowth = growthOf(figures, ComparisonUnit::Kind::City, false);
    if (standing.cityGrowth)
        standing.gapToCity = standing.ownGrowth - *standing.cityGrowth;
    if (const QHash<QString, int> before = ranks(previous); before.contains(own->code))
        standing.rankChange = before.value(own->code) - standing.rank;
    for (const PeerFigure &figure : figures) {
        if (figure.unitCode == own->code)
            standing.publishedRank = figure.publishedRank;
    }
    return standing;
}

} // namespace zhibiao
