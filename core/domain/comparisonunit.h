#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// One of the units the city compares its counties and districts by, as
// the city statistics bureau's tables list them (for Zhuzhou: 荷塘区 …
// 炎陵县), or the city as a whole (全市), whose figure is the average the
// others are measured against. Data, seeded per city and editable.
struct ComparisonUnit
{
    enum class Kind {
        County, // a county-level unit: a district, county or county-level city
        City,   // the city as a whole: not ranked, the reference of the gap
    };

    QString code; // stable identifier, e.g. "lukou", "city"
    QString nameZh;
    QString nameEn;
    Kind kind = Kind::County;
    bool ownDistrict = false; // the district this database belongs to
    int sortOrder = 0;

    QString name() const;

    friend bool operator==(const ComparisonUnit &, const ComparisonUnit &) = default;
};

// Why units cannot stand as the city's list, in the UI language; empty
// when they can. Every unit is named in both languages, the Chinese names
// (which the city's tables are matched by) differ, at most one unit is the
// district's own and one the city, and the city is not the district.
QString unitListProblem(const QList<ComparisonUnit> &units);

QString toCode(ComparisonUnit::Kind kind);
std::optional<ComparisonUnit::Kind> comparisonKindFromCode(const QString &code);

} // namespace zhibiao
