#include "core/storage/indicatorrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QHash>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

const QString selectColumns =
    u"SELECT code, name_zh, name_en, unit, frequency, reporting, real_growth, lower_is_better, sort_order, "
    "retired_from, id FROM indicators "_s;

Indicator readIndicator(const QSqlQuery &query)
{
    const QString code = query.value(0).toString();
    const auto frequency = frequencyFromCode(query.value(4).toString());
    const auto reporting = reportingFromCode(query.value(5).toString());
    // The schema's CHECK constraints make this unreachable for our own files.
    if (!frequency || !reporting)
        throw StorageError(StorageError::Code::Corrupt,
                           Database::tr("Indicator %1 has an unknown frequency or reporting kind.").arg(code));
    Indicator indicator{code,
                        query.value(1).toString(),
                        query.value(2).toString(),
                        query.value(3).toString(),
                        *frequency,
                        *reporting,
                        query.value(6).toBool(),
                        query.value(7).toBool(),
                        query.value(8).toInt(),
                        {},
                        0};
    indicator.retiredFrom = query.value(9).toInt(); // NULL reads as 0: still tracked
    return indicator;
}

// Aliases by indicator id, each list in its order.
QHash<qint64, QStringList> readAliases(const QSqlDatabase &connection, const std::optional<qint64> &onlyId = {})
{
    QSqlQuery query = prepareQuery(connection, u"SELECT indicator, alias FROM indicator_aliases "_s
                                                   + (onlyId ? u"WHERE indicator = :id "_s : QString())
                                                   + u"ORDER BY indicator, position"_s);
    if (onlyId)
        query.bindValue(u":id"_s, *onlyId);
    execQuery(query);
    QHash<qint64, QStringList> aliases;
    while (query.next())
        aliases[query.value(0).toLongLong()].append(query.value(1).toString());
    return aliases;
}

QVariant retiredFromValue(const Indicator &indicator)
{
    return indicator.retiredFrom == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(indicator.retiredFrom);
}

void bindDefinition(QSqlQuery &query, const Indicator &indicator)
{
    query.bindValue(u":code"_s, indicator.code);
    query.bindValue(u":name_zh"_s, toSqlText(indicator.nameZh));
    query.bindValue(u":name_en"_s, toSqlText(indicator.nameEn));
    query.bindValue(u":unit"_s, toSqlText(indicator.unit));
    query.bindValue(u":frequency"_s, toCode(indicator.frequency));
    query.bindValue(u":reporting"_s, toCode(indicator.reporting));
    query.bindValue(u":real_growth"_s, int(indicator.realGrowth));
    query.bindValue(u":lower_is_better"_s, int(indicator.lowerIsBetter));
    query.bindValue(u":sort_order"_s, indicator.sortOrder);
    query.bindValue(u":retired_from"_s, retiredFromValue(indicator));
}

QString yearList(const QList<int> &years)
{
    QStringList texts;
    for (const int year : years)
        texts.append(QString::number(year));
    return texts.join(u", "_s);
}

} // namespace

QList<Indicator> IndicatorRepository::all() const
{
    QSqlQuery query = prepareQuery(m_database.connection(), selectColumns + u"ORDER BY sort_order, code"_s);
    execQuery(query);
    const QHash<qint64, QStringList> aliases = readAliases(m_database.connection());
    QList<Indicator> indicators;
    while (query.next()) {
        indicators.append(readIndicator(query));
        indicators.last().aliases = aliases.value(query.value(10).toLongLong());
    }
    return indicators;
}

std::optional<Indicator> IndicatorRepository::find(const QString &code) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), selectColumns + u"WHERE code = :code"_s);
    query.bindValue(u":code"_s, code);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    Indicator indicator = readIndicator(query);
    const qint64 id = query.value(10).toLongLong();
    indicator.aliases = readAliases(m_database.connection(), id).value(id);
    return indicator;
}

IndicatorUse IndicatorRepository::use(const QString &code) const
{
    IndicatorUse use;
    // The revisions are keyed by indicator first: one look at the key.
    QSqlQuery figures = prepareQuery(m_database.connection(), uR"(
        SELECT 1 FROM entry_revisions
        WHERE indicator = (SELECT id FROM indicators WHERE code = :code) LIMIT 1)"_s);
    figures.bindValue(u":code"_s, code);
    execQuery(figures);
    use.hasFigures = figures.next();
    QSqlQuery targets = prepareQuery(m_database.connection(), uR"(
        SELECT DISTINCT t.year FROM target_criteria AS c JOIN targets AS t ON t.id = c.target_id
        WHERE c.indicator_code = :code OR c.reference_code = :code ORDER BY t.year)"_s);
    targets.bindValue(u":code"_s, code);
    execQuery(targets);
    while (targets.next())
        use.targetYears.append(targets.value(0).toInt());
    return use;
}

void IndicatorRepository::save(const Indicator &indicator)
{
    Transaction transaction(m_database);
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        INSERT INTO indicators (code, name_zh, name_en, unit, frequency, reporting, real_growth,
                                lower_is_better, sort_order, retired_from)
        VALUES (:code, :name_zh, :name_en, :unit, :frequency, :reporting, :real_growth,
                :lower_is_better, :sort_order, :retired_from)
        ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
            unit = excluded.unit, frequency = excluded.frequency, reporting = excluded.reporting,
            real_growth = excluded.real_growth, lower_is_better = excluded.lower_is_better,
            sort_order = excluded.sort_order, retired_from = excluded.retired_from)"_s);
    bindDefinition(query, indicator);
    execQuery(query);
    writeAliases(indicator);
    transaction.commit();
}

Indicator IndicatorRepository::add(Indicator indicator)
{
    Transaction transaction(m_database);
    refuseTakenCode(indicator.code);
    if (indicator.sortOrder == 0) {
        QSqlQuery last = prepareQuery(m_database.connection(), u"SELECT max(sort_order) FROM indicators"_s);
        execQuery(last);
        indicator.sortOrder = (last.next() ? last.value(0).toInt() : 0) + 1;
    }
    save(indicator);
    transaction.commit();
    return indicator;
}

void IndicatorRepository::replace(const QString &code, const Indicator &indicator)
{
    Transaction transaction(m_database);
    if (indicator.code != code) {
        refuseTakenCode(indicator.code);
        if (const IndicatorUse used = use(code); used.inUse())
            throw StorageError(StorageError::Code::InUse,
                               tr("The code of “%1” cannot change: its figures, targets and the files exported "
                                  "with it name it by its code.")
                                   .arg(code));
    }
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        UPDATE indicators SET code = :code, name_zh = :name_zh, name_en = :name_en, unit = :unit,
            frequency = :frequency, reporting = :reporting, real_growth = :real_growth,
            lower_is_better = :lower_is_better, sort_order = :sort_order, retired_from = :retired_from
        WHERE code = :old_code)"_s);
    bindDefinition(query, indicator);
    query.bindValue(u":old_code"_s, code);
    execQuery(query);
    if (query.numRowsAffected() != 1)
        throw StorageError(StorageError::Code::QueryFailed,
                           tr("The indicator “%1” is no longer in this database.").arg(code));
    writeAliases(indicator);
    transaction.commit();
}

void IndicatorRepository::remove(const QString &code)
{
    Transaction transaction(m_database);
    const IndicatorUse used = use(code);
    if (used.hasFigures)
        throw StorageError(StorageError::Code::InUse,
                           tr("“%1” has figures, so it cannot be deleted: retire it instead. A retired indicator "
                              "keeps its figures and is left out of later years.")
                               .arg(code));
    if (!used.targetYears.isEmpty())
        //: %2 a list of years
        throw StorageError(StorageError::Code::InUse,
                           tr("“%1” is used by the targets of %2, so it cannot be deleted: take it out of those "
                              "targets first, or retire it.")
                               .arg(code, yearList(used.targetYears)));
    // Aliases first: the schema would cascade, but only where SQLite's
    // reference checks are on.
    QSqlQuery aliases = prepareQuery(m_database.connection(), uR"(
        DELETE FROM indicator_aliases WHERE indicator = (SELECT id FROM indicators WHERE code = :code))"_s);
    aliases.bindValue(u":code"_s, code);
    execQuery(aliases);
    QSqlQuery query = prepareQuery(m_database.connection(), u"DELETE FROM indicators WHERE code = :code"_s);
    query.bindValue(u":code"_s, code);
    execQuery(query);
    transaction.commit();
}

void IndicatorRepository::writeAliases(const Indicator &indicator)
{
    QSqlQuery clear = prepareQuery(m_database.connection(), uR"(
        DELETE FROM indicator_aliases WHERE indicator = (SELECT id FROM indicators WHERE code = :code))"_s);
    clear.bindValue(u":code"_s, indicator.code);
    execQuery(clear);
    if (indicator.aliases.isEmpty())
        return;
    QSqlQuery insert = prepareQuery(m_database.connection(), uR"(
        INSERT INTO indicator_aliases (indicator, position, alias)
        SELECT id, :position, :alias FROM indicators WHERE code = :code)"_s);
    for (qsizetype position = 0; position < indicator.aliases.size(); ++position) {
        insert.bindValue(u":code"_s, indicator.code);
        insert.bindValue(u":position"_s, int(position));
        insert.bindValue(u":alias"_s, toSqlText(indicator.aliases.at(position)));
        execQuery(insert);
    }
}

void IndicatorRepository::refuseTakenCode(const QString &code) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT 1 FROM indicators WHERE code = :code"_s);
    query.bindValue(u":code"_s, code);
    execQuery(query);
    if (query.next())
        throw StorageError(StorageError::Code::InUse,
                           tr("Another indicator already has the code “%1”.").arg(code));
}

} // namespace zhibiao
