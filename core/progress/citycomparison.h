#pragma once

#include "core/domain/comparisonunit.h"
#include "core/domain/indicator.h"
#include "core/domain/peerfigure.h"
#include "core/progress/citystanding.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace zhibiao {

// The city's comparison table of one year, read once and asked by
// indicator and period: the district's standing as of a period, every
// unit's figures for the ranked chart, the rank's path by quarter.
// A snapshot, like YearFigures.
class CityComparison
{
public:
    CityComparison() = default;
    CityComparison(QList<ComparisonUnit> units, const QList<Indicator> &indicators,
                   const QList<PeerFigure> &yearFigures);

    const QList<ComparisonUnit> &units() const { return m_units; }
    bool isEmpty() const { return m_figures.empty(); }

    // The standing in the latest month up to month whose table has the
    // indicator (CityStanding::month says which), the rank's change
    // measured from the table before it; nullopt without one.
    std::optional<CityStanding> standing(const QString &indicatorCode, int month) const;
    // Every unit's figure of the indicator in that same table, in the
    // units' order; empty without one.
    QList<PeerFigure> figures(const QString &indicatorCode, int month) const;
    // Each unit's rank in that table, by unit code.
    QHash<QString, int> ranks(const QString &indicatorCode, int month) const;
    // The standing at each quarter end up to month (3, 6, 9, 12) that
    // has a table of its own, in order.
    QList<CityStanding> quarterPath(const QString &indicatorCode, int month) const;

private:
    using Months = std::map<int, QList<PeerFigure>>; // month → the figures of that table

    const Months *monthsOf(const QString &indicatorCode) const;
    // The latest month ≤ month in months, or months.end().
    static Months::const_iterator latestUpTo(const Months &months, int month);
    CityRanking rankingFor(const QString &indicatorCode) const;

    QList<ComparisonUnit> m_units;
    QHash<QString, bool> m_lowerIsBetter; // by indicator code
    std::map<QString, Months> m_figures;  // by indicator code
};

} // namespace zhibiao
