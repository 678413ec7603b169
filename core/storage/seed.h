#pragma once

#include "core/domain/comparisonunit.h"
#include "core/domain/district.h"
#include "core/domain/indicator.h"
#include "core/domain/responsibleunit.h"
#include "core/domain/target.h"

#include <QByteArray>
#include <QList>

#include <map>

namespace zhibiao {

class Database;

// The data a new database starts with: the district, the units its city
// compares it with, its indicators, the bureaus that report them and the
// targets of the first year. Read from a JSON file, so the 2022 Lukou
// targets live in resources/seed/, not in code.
struct Seed
{
    District district;
    QList<ComparisonUnit> comparisonUnits; // the district's own marked
    QList<Indicator> indicators;
    // The bureaus that report the figures, and which reports each
    // indicator (code → unit code) from the district's current year on.
    QList<ResponsibleUnit> responsibleUnits;
    std::map<QString, QString> responsibilities;
    QList<Target> targets;
};

// Throws StorageError(BadSeed) naming what is wrong.
Seed parseSeed(const QByteArray &json);
// The seed embedded in the program: Lukou District, 2022.
Seed bundledSeed();
// A new database for another district (File → New…): the bundled seed's
// indicators, which every district reports alike, and no targets: those
// are the district's own, entered on the targets screen. A district of the
// bundled seed's city keeps the city's comparison units, its own marked by
// name; another city's has none until they are entered.
Seed districtSeed(const District &district);
// Writes the seed in one transaction.
void writeSeed(Database &database, const Seed &seed);

} // namespace zhibiao
