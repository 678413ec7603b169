#pragma once

#include "core/domain/comparisonunit.h"
#include "core/domain/peerfigure.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// Where the district stands among the city's county-level units for one
// indicator and period: the one rule for ranks, the city gap and the move
// since the period before. The tile, the chart, the PDF and the exports
// read it; none ranks on its own.
struct CityStanding
{
    int month = 0; // the period of the city's table it comes from (Period::month())
    double ownGrowth = 0;
    int rank = 0;      // 1 is best; tied units share the better rank (1, 2, 2, 4)
    int unitCount = 0; // county-level units with a growth figure, the district included
    std::optional<double> cityGrowth;
    std::optional<double> gapToCity; // own growth minus the city's, in percentage points
    // The rank before minus the rank now: 2 reads "moved up 2 places"
    // (前移2位), -1 "down one"; nullopt without an earlier period's figures.
    std::optional<int> rankChange;
    std::optional<int> previousMonth; // the period rankChange is measured from (CityComparison sets it)
    std::optional<int> publishedRank; // as the city's table gave it, if it did

    friend bool operator==(const CityStanding &, const CityStanding &) = default;
};

class CityRanking
{
public:
    // units: the comparison units (the district's own marked, the city as
    // a whole); lowerIsBetter: the indicator's polarity (a falling energy
    // intensity ranks first).
    CityRanking(QList<ComparisonUnit> units, bool lowerIsBetter);

    // Each county-level unit's rank by its growth in figures (one
    // indicator and period), by unit code; units without growth are left out.
    QHash<QString, int> ranks(const QList<PeerFigure> &figures) const;

    // The district's standing in figures; previous: the figures of the
    // latest earlier period that has any (empty: no change stated).
    // nullopt when the district has no growth figure there.
    std::optional<CityStanding> standing(const QList<PeerFigure> &figures,
                                         const QList<PeerFigure> &previous = {}) const;

private:
    const ComparisonUnit *unit(const QString &code) const;
    std::optional<double> growthOf(const QList<PeerFigure> &figures, const ComparisonUnit::Kind kind,
                                   bool own) const;

    QList<ComparisonUnit> m_units;
    bool m_lowerIsBetter;
};

} // namespace zhibiao
