#include "core/progress/citycomparison.h"

namespace zhibiao {

CityComparison::CityComparison(QList<ComparisonUnit> units, const QList<Indicator> &indicators,
                               const QList<PeerFigure> &yearFigures)
    : m_units(std::move(units))
{
    for (const Indicator &indicator : indicators)
        m_lowerIsBetter.insert(indicator.code, indicator.lowerIsBetter);
    for (const PeerFigure &figure : yearFigures) {
        if (m_lowerIsBetter.contains(figure.indicatorCode))
            m_figures[figure.indicatorCode][figure.month].append(figure);
    }
}

const CityComparison::Months *CityComparison::monthsOf(const QString &indicatorCode) const
{
    const auto found = m_figures.find(indicatorCode);
    return found == m_figures.end() ? nullptr : &found->second;
}

CityComparison::Months::const_iterator CityComparison::latestUpTo(const Months &months, int month)
{
    auto after = months.upper_bound(month);
    return after == months.begin() ? months.end() : std::prev(after);
}

CityRanking CityComparison::rankingFor(const QString &indicatorCode) const
{
    return CityRanking(m_units, m_lowerIsBetter.value(indicatorCode));
}

std::optional<CityStanding> CityComparison::standing(const QString &indicatorCode, int month) const
{
    const Months *months = monthsOf(indicatorCode);
    if (!months)
        return std::nullopt;
    const auto table = latestUpTo(*months, month);
    if (table == months->end())
        return std::nullopt;
    const QList<PeerFigure> previous = table == months->begin() ? QList<PeerFigure>() : std::prev(table)->second;
    std::optional<CityStanding> standing = rankingFor(indicatorCode).standing(table->second, previous);
    if (standing) {
        standing->month = table->first;
        if (standing->rankChange)
            standing->previousMonth = std::prev(table)->first;
    }
    return standing;
}

QList<PeerFigure> CityComparison::figures(const QString &indicatorCode, int month) const
{
    const Months *months = monthsOf(indicatorCode);
    if (!months)
        return {};
    const auto table = latestUpTo(*months, month);
    if (table == months->end())
        return {};
    QList<PeerFigure> ordered;
    for (const ComparisonUnit &unit : m_units) {
        for (const PeerFigure &figure : table->second) {
            if (figure.unitCode == unit.code)
                ordered.append(figure);
        }
    }
    return ordered;
}

QHash<QString, int> CityComparison::ranks(const QString &indicatorCode, int month) const
{
    return rankingFor(indicatorCode).ranks(figures(indicatorCode, month));
}

QList<CityStanding> CityComparison::quarterPath(const QString &indicatorCode, int month) const
{
    QList<CityStanding> path;
    for (int quarterEnd = 3; quarterEnd <= month; quarterEnd += 3) {
        if (const auto at = standing(indicatorCode, quarterEnd); at && at->month > quarterEnd - 3)
            path.append(*at);
    }
    return path;
}

} // namespace zhibiao
