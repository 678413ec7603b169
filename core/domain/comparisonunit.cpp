#include "core/domain/comparisonunit.h"

#include "core/domain/codetable.h"
#include "core/domain/language.h"

#include <QCoreApplication>
#include <QSet>

namespace zhibiao {

namespace {

constexpr CodeTable<ComparisonUnit::Kind, 2> kindCodes({{
    {ComparisonUnit::Kind::County, u"county"},
    {ComparisonUnit::Kind::City, u"city"},
}});

// Gives the free functions below a translation context of their own.
struct ComparisonUnits
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ComparisonUnits)
};

} // namespace

QString unitListProblem(const QList<ComparisonUnit> &units)
{
    QSet<QString> namesZh;
    const ComparisonUnit *own = nullptr;
    const ComparisonUnit *city = nullptr;
    for (const ComparisonUnit &unit : units) {
        if (unit.nameZh.trimmed().isEmpty() || unit.nameEn.trimmed().isEmpty())
            return ComparisonUnits::tr("Every unit needs a Chinese and an English name.");
        if (namesZh.contains(unit.nameZh.trimmed()))
            //: %1 a unit's Chinese name, e.g. 渌口区
            return ComparisonUnits::tr("Two units are called “%1”: the city's tables are matched by these names, so "
                                       "each must differ.")
                .arg(unit.nameZh.trimmed());
        namesZh.insert(unit.nameZh.trimmed());
        if (unit.ownDistrict) {
            if (own)
                return ComparisonUnits::tr("Only one unit can be our district: “%1” and “%2” both are.")
                    .arg(own->name(), unit.name());
            own = &unit;
        }
        if (unit.kind == ComparisonUnit::Kind::City) {
            if (city)
                return ComparisonUnits::tr("Only one unit can be the city as a whole: “%1” and “%2” both are.")
                    .arg(city->name(), unit.name());
            city = &unit;
        }
    }
    if (own && own == city)
        return ComparisonUnits::tr("“%1” cannot be both our district and the city as a whole.").arg(own->name());
    return {};
}

QString ComparisonUnit::name() const
{
    return pickLanguage(nameZh, nameEn);
}

QString toCode(ComparisonUnit::Kind kind) { return kindCodes.code(kind); }
std::optional<ComparisonUnit::Kind> comparisonKindFromCode(const QString &code) { return kindCodes.value(code); }

} // namespace zhibiao
