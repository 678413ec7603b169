#include "core/storage/indicatorrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

const QString selectColumns =
    u"SELECT code, name_zh, name_en, unit, frequency, reporting, real_growth, lower_is_better, sort_order "
    "FROM indicators "_s;

Indicator readIndicator(const QSqlQuery &query)
{
    const QString code = query.value(0).toString();
    const auto frequency = frequencyFromCode(query.value(4).toString());
    const auto reporting = reportingFromCode(query.value(5).toString());
    // The schema's CHECK constraints make this unreachable for our own files.
    if (!frequency || !reporting)
        throw StorageError(StorageError::Code::Corrupt,
                           Database::tr("Indicator %1 has an unknown frequency or reporting kind.").arg(code));
    return Indicator{code,
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toString(),
                     *frequency,
                     *reporting,
                     query.value(6).toBool(),
                     query.value(7).toBool(),
                     query.value(8).toInt()};
}

} // namespace

QList<Indicator> IndicatorRepository::all() const
{
    QSqlQuery query = prepareQuery(m_database.connection(), selectColumns + u"ORDER BY sort_order, code"_s);
    execQuery(query);
    QList<Indicator> indicators;
    while (query.next())
        indicators.append(readIndicator(query));
    return indicators;
}

std::optional<Indicator> IndicatorRepository::find(const QString &code) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), selectColumns + u"WHERE code = :code"_s);
    query.bindValue(u":code"_s, code);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    return readIndicator(query);
}

void IndicatorRepository::save(const Indicator &indicator)
{
    Transaction transaction(m_database);
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        INSERT INTO indicators (code, name_zh, name_en, unit, frequency, reporting, real_growth,
                                lower_is_better, sort_order)
        VALUES (:code, :name_zh, :name_en, :unit, :frequency, :reporting, :real_growth,
                :lower_is_better, :sort_order)
        ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
            unit = excluded.unit, frequency = excluded.frequency, reporting = excluded.reporting,
            real_growth = excluded.real_growth, lower_is_better = excluded.lower_is_better,
            sort_order = excluded.sort_order)"_s);
    query.bindValue(u":code"_s, indicator.code);
    query.bindValue(u":name_zh"_s, toSqlText(indicator.nameZh));
    query.bindValue(u":name_en"_s, toSqlText(indicator.nameEn));
    query.bindValue(u":unit"_s, toSqlText(indicator.unit));
    query.bindValue(u":frequency"_s, toCode(indicator.frequency));
    query.bindValue(u":reporting"_s, toCode(indicator.reporting));
    query.bindValue(u":real_growth"_s, int(indicator.realGrowth));
    query.bindValue(u":lower_is_better"_s, int(indicator.lowerIsBetter));
    query.bindValue(u":sort_order"_s, indicator.sortOrder);
    execQuery(query);
    transaction.commit();
}

} // namespace zhibiao
