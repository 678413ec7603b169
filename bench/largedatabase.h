#pragma once

#include "core/storage/databaselocation.h"

#include <QString>

namespace zhibiao::bench {

// The start-up benchmarks' database: 200 indicators with a target each,
// monthly figures for 10 years plus the year before (26,400 entries).
constexpr int LargeIndicatorCount = 200;
constexpr int LargeFirstYear = 2013;
constexpr int LargeLastYear = 2022; // the district's current year: the window opens on it

// The code of indicator index (0 .. LargeIndicatorCount - 1).
QString largeIndicatorCode(int index);

// Creates and fills it at location: a file, or an empty server database
// (created and seeded as `zhibiao server init` does).
void createLargeDatabase(const DatabaseLocation &location);

} // namespace zhibiao::bench
