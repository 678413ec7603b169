#pragma once

#include "core/domain/period.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace zhibiao {

// How often the statistics bureau publishes the indicator.
enum class Frequency {
    Monthly,   // a year-to-date figure every month (1-2月 as one release)
    Quarterly, // at quarter ends only (GDP, income)
    Annual,    // judged on the full-year figure; partial figures may come in any month (grain)
};

// What a release of the indicator contains.
enum class Reporting {
    AmountAndGrowth, // a year-to-date amount with its growth over the same period last year
    GrowthOnly,      // only a growth rate (industrial value added, fixed-asset investment)
    Level,           // a rate or level that is not summed over the year (unemployment, PM2.5)
};

// One statistical indicator the district tracks, e.g. GDP or PM2.5.
// A plain value: it says what the figures mean, not what the targets are.
struct Indicator
{
    QString code;   // stable identifier used in files and the database, e.g. "gdp"
    QString nameZh;
    QString nameEn;
    QString unit;   // unit of the amount or level as published: 亿元, 万元, %, 元, 吨, μg/m³
    Frequency frequency = Frequency::Monthly;
    Reporting reporting = Reporting::AmountAndGrowth;
    // Growth at comparable prices (GDP): never recomputed from nominal amounts.
    bool realGrowth = false;
    // For levels such as unemployment or PM2.5 a falling figure is good news.
    bool lowerIsBetter = false;
    int sortOrder = 0;
    // Other names bureaus publish it under ("社零总额"), for the import's matching.
    QStringList aliases;
    // The first year it is no longer tracked (0: still tracked). A retired
    // indicator keeps its figures and the years before; new years leave it out.
    int retiredFrom = 0;

    // The name in the UI language.
    QString name() const;
    // Whether a figure may be entered for this period (quarterly: quarter ends only).
    bool acceptsPeriod(Period period) const;
    // Whether the year's screens (entry grid, targets editor) offer it.
    bool trackedIn(int year) const { return retiredFrom == 0 || year < retiredFrom; }

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

// Text codes used in the database and the seed file; readable in `sqlite3`.
QString toCode(Frequency frequency);
QString toCode(Reporting reporting);
std::optional<Frequency> frequencyFromCode(const QString &code);
std::optional<Reporting> reportingFromCode(const QString &code);

} // namespace zhibiao
