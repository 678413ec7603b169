#include "core/storage/seed.h"

#include "core/domain/years.h"
#include "core/storage/approvalrepository.h"
#include "core/storage/comparisonrepository.h"
#include "core/storage/database.h"
#include "core/storage/districtrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/storageerror.h"
#include "core/storage/targetrepository.h"
#include "core/storage/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

[[noreturn]] void bad(const QString &what)
{
    // A malformed seed is a defect of the build, not of the user's input, so
    // the message is for developers and stays untranslated.
    throw StorageError(StorageError::Code::BadSeed, u"Seed data is invalid: "_s + what);
}

QString requiredString(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        bad(u"missing text field “%1”"_s.arg(key));
    return value.toString();
}

District readDistrict(const QJsonObject &object)
{
    const int year = object.value(u"current_year").toInt();
    if (!isPlausibleYear(year))
        bad(u"district.current_year is not a year"_s);
    return District{requiredString(object, u"name_zh"), requiredString(object, u"name_en"),
                    requiredString(object, u"city_zh"), requiredString(object, u"city_en"), year};
}

ComparisonUnit readComparisonUnit(const QJsonObject &object, int position, const District &district)
{
    const QString code = requiredString(object, u"code");
    const auto kind = comparisonKindFromCode(requiredString(object, u"kind"));
    if (!kind)
        bad(u"comparison unit %1 has an unknown kind"_s.arg(code));
    const QString nameZh = requiredString(object, u"name_zh");
    return {code, nameZh, requiredString(object, u"name_en"), *kind,
            *kind == ComparisonUnit::Kind::County && nameZh == district.nameZh, position};
}

Indicator readIndicator(const QJsonObject &object, int position)
{
    const QString code = requiredString(object, u"code");
    const auto frequency = frequencyFromCode(requiredString(object, u"frequency"));
    const auto reporting = reportingFromCode(requiredString(object, u"reporting"));
    if (!frequency || !reporting)
        bad(u"indicator %1 has an unknown frequency or reporting"_s.arg(code));
    Indicator indicator{code,
                        requiredString(object, u"name_zh"),
                        requiredString(object, u"name_en"),
                        requiredString(object, u"unit"),
                        *frequency,
                        *reporting,
                        object.value(u"real_growth").toBool(),
                        object.value(u"lower_is_better").toBool(),
                        position,
                        {},
                        0};
    for (const QJsonValue &alias : object.value(u"aliases").toArray()) {
        if (!alias.isString() || alias.toString().isEmpty())
            bad(u"indicator %1 has an alias that is not a name"_s.arg(code));
        indicator.aliases.append(alias.toString());
    }
    return indicator;
}

Criterion readCriterion(const QJsonObject &object, const QSet<QString> &indicatorCodes)
{
    Criterion criterion;
    criterion.indicatorCode = requiredString(object, u"indicator");
    const auto kind = criterionKindFromCode(requiredString(object, u"kind"));
    if (!kind)
        bad(u"criterion on %1 has an unknown kind"_s.arg(criterion.indicatorCode));
    criterion.kind = *kind;
    const QJsonValue figure = object.value(u"figure");
    if (figure.isDouble())
        criterion.figure = figure.toDouble();
    else if (!figure.isNull() && !figure.isUndefined())
        bad(u"criterion on %1 has a figure that is not a number"_s.arg(criterion.indicatorCode));
    criterion.referenceCode = object.value(u"reference").toString();
    const QJsonValue threshold = object.value(u"warning_threshold");
    if (threshold.isDouble() && threshold.toDouble() >= 0)
        criterion.warningThreshold = threshold.toDouble();
    else if (!threshold.isNull() && !threshold.isUndefined())
        bad(u"criterion on %1 has a warning threshold that is not a number of 0 or more"_s.arg(criterion.indicatorCode));
    if (!indicatorCodes.contains(criterion.indicatorCode))
        bad(u"criterion names unknown indicator %1"_s.arg(criterion.indicatorCode));
    if (criterion.needsReference() != !criterion.referenceCode.isEmpty()
        || (criterion.needsReference() && !indicatorCodes.contains(criterion.referenceCode)))
        bad(u"criterion on %1 has a missing, unneeded or unknown reference"_s.arg(criterion.indicatorCode));
    return criterion;
}

Target readTarget(const QJsonObject &object, const QSet<QString> &indicatorCodes)
{
    Target target{object.value(u"year").toInt(),
                  object.value(u"ordinal").toInt(),
                  requiredString(object, u"title_zh"),
                  requiredString(object, u"title_en"),
                  requiredString(object, u"statement_zh"),
                  requiredString(object, u"statement_en"),
                  {}};
    const QJsonArray criteria = object.value(u"criteria").toArray();
    if (criteria.isEmpty())
        bad(u"target %1 has no criteria"_s.arg(target.titleEn));
    for (const QJsonValue &criterion : criteria)
        target.criteria.append(readCriterion(criterion.toObject(), indicatorCodes));
    return target;
}

} // namespace

Seed parseSeed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        bad(error.errorString());
    const QJsonObject root = document.object();
    if (root.value(u"format").toString() != u"zhibiao-seed" || root.value(u"version").toInt() != 1)
        bad(u"not a version 1 zhibiao-seed document"_s);

    Seed seed;
    seed.district = readDistrict(root.value(u"district").toObject());
    QSet<QString> unitCodes;
    for (const QJsonValue &value : root.value(u"comparison_units").toArray()) {
        ComparisonUnit unit = readComparisonUnit(value.toObject(), int(seed.comparisonUnits.size()), seed.district);
        if (unitCodes.contains(unit.code))
            bad(u"comparison unit %1 appears twice"_s.arg(unit.code));
        unitCodes.insert(unit.code);
        seed.comparisonUnits.append(std::move(unit));
    }
    QSet<QString> codes;
    for (const QJsonValue &value : root.value(u"indicators").toArray()) {
        Indicator indicator = readIndicator(value.toObject(), int(seed.indicators.size()) + 1);
        if (codes.contains(indicator.code))
            bad(u"indicator %1 appears twice"_s.arg(indicator.code));
        codes.insert(indicator.code);
        seed.indicators.append(std::move(indicator));
    }
    QSet<QString> responsibleCodes;
    for (const QJsonValue &value : root.value(u"responsible_units").toArray()) {
        const QJsonObject object = value.toObject();
        const ResponsibleUnit unit{requiredString(object, u"code"), requiredString(object, u"name_zh"),
                                   requiredString(object, u"name_en"), object.value(u"contact").toString(),
                                   int(seed.responsibleUnits.size()) + 1};
        if (responsibleCodes.contains(unit.code))
            bad(u"responsible unit %1 appears twice"_s.arg(unit.code));
        responsibleCodes.insert(unit.code);
        for (const QJsonValue &indicator : object.value(u"indicators").toArray()) {
            if (!codes.contains(indicator.toString()))
                bad(u"responsible unit %1 names unknown indicator %2"_s.arg(unit.code, indicator.toString()));
            if (seed.responsibilities.contains(indicator.toString()))
                bad(u"indicator %1 has two responsible units"_s.arg(indicator.toString()));
            seed.responsibilities[indicator.toString()] = unit.code;
        }
        seed.responsibleUnits.append(unit);
    }
    for (const QJsonValue &value : root.value(u"targets").toArray())
        seed.targets.append(readTarget(value.toObject(), codes));
    return seed;
}

Seed bundledSeed()
{
    QFile file(u":/zhibiao/seed/lukou-2022.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        bad(u"the bundled seed resource is missing"_s);
    return parseSeed(file.readAll());
}

Seed districtSeed(const District &district)
{
    Seed seed = bundledSeed();
    if (district.cityZh != seed.district.cityZh)
        seed.comparisonUnits.clear();
    for (ComparisonUnit &unit : seed.comparisonUnits)
        unit.ownDistrict = unit.kind == ComparisonUnit::Kind::County && unit.nameZh == district.nameZh;
    seed.district = district;
    seed.targets.clear();
    return seed;
}

void writeSeed(Database &database, const Seed &seed)
{
    Transaction transaction(database);
    DistrictRepository(database).save(seed.district);
    ComparisonRepository comparison(database);
    for (const ComparisonUnit &unit : seed.comparisonUnits)
        comparison.saveUnit(unit);
    IndicatorRepository indicators(database);
    for (const Indicator &indicator : seed.indicators)
        indicators.save(indicator);
    ApprovalRepository approvals(database);
    for (const ResponsibleUnit &unit : seed.responsibleUnits)
        approvals.saveUnit(unit);
    for (const auto &[indicator, unit] : seed.responsibilities)
        approvals.setResponsible(indicator, seed.district.currentYear, unit);
    std::map<int, QList<Target>> targetsByYear;
    for (const Target &target : seed.targets)
        targetsByYear[target.year].append(target);
    TargetRepository targets(database);
    for (const auto &[year, yearTargets] : targetsByYear)
        targets.replaceYear(year, yearTargets);
    transaction.commit();
}

} // namespace zhibiao
