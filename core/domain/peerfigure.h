#pragma once

#include <QString>

#include <optional>

namespace zhibiao {

// One unit's figure in the city's comparison table for an indicator and
// period (year-to-date, as the district's own figures): its growth, and
// where the table gives them, its amount and the rank (位次) the city
// published. The ranks Zhibiao states are computed from the growth
// (CityStanding); the published one is kept to check against.
struct PeerFigure
{
    QString unitCode;
    QString indicatorCode;
    int year = 0;
    int month = 0; // Period::month(), as EntryKey
    std::optional<double> growth; // % over the same period last year
    std::optional<double> amount; // in the indicator's unit
    std::optional<int> publishedRank;

    friend bool operator==(const PeerFigure &, const PeerFigure &) = default;
};

} // namespace zhibiao
