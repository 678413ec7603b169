#include "core/storage/comparisonrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// Code → id of a table of coded rows (units, indicators): the table name is ours, never input.
QHash<QString, qint64> idsByCode(const QSqlDatabase &connection, const QString &table)
{
    QSqlQuery query = prepareQuery(connection, u"SELECT code, id FROM "_s + table);
    execQuery(query);
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

bool isEmpty(const PeerFigure &figure)
{
    return !figure.growth && !figure.amount && !figure.publishedRank;
}

} // namespace

QList<ComparisonUnit> ComparisonRepository::units() const
{
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT code, name_zh, name_en, kind, own_district, sort_order FROM comparison_units
        ORDER BY sort_order, code)"_s);
    execQuery(query);
    QList<ComparisonUnit> units;
    while (query.next()) {
        const auto kind = comparisonKindFromCode(query.value(3).toString());
        // The schema's CHECK constraint makes this unreachable for our own files.
        if (!kind)
            throw StorageError(StorageError::Code::Corrupt,
                               Database::tr("Comparison unit %1 has an unknown kind.").arg(query.value(0).toString()));
        units.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), *kind,
                      query.value(4).toBool(), query.value(5).toInt()});
    }
    return units;
}

void ComparisonRepository::saveUnit(const ComparisonUnit &unit)
{
    Transaction transaction(m_database);
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        INSERT INTO comparison_units (code, name_zh, name_en, kind, own_district, sort_order)
        VALUES (:code, :name_zh, :name_en, :kind, :own, :sort_order)
        ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
            kind = excluded.kind, own_district = excluded.own_district, sort_order = excluded.sort_order)"_s);
    query.bindValue(u":code"_s, unit.code);
    query.bindValue(u":name_zh"_s, toSqlText(unit.nameZh));
    query.bindValue(u":name_en"_s, toSqlText(unit.nameEn));
    query.bindValue(u":kind"_s, toCode(unit.kind));
    query.bindValue(u":own"_s, int(unit.ownDistrict));
    query.bindValue(u":sort_order"_s, unit.sortOrder);
    execQuery(query);
    transaction.commit();
}

void ComparisonRepository::saveUnits(const QList<ComparisonUnit> &units)
{
    if (const QString problem = unitListProblem(units); !problem.isEmpty())
        throw StorageError(StorageError::Code::QueryFailed, problem);
    Transaction transaction(m_database);
    const QList<ComparisonUnit> stored = this->units();
    QSet<QString> kept;
    for (const ComparisonUnit &unit : units)
        kept.insert(unit.code);
    for (const ComparisonUnit &unit : stored) {
        if (!kept.contains(unit.code))
            removeUnit(unit.code);
    }
    // First every changed unit lets go of what the unique indexes guard
    // (its Chinese name, our district, the city), then each takes its new
    // values: a swap would otherwise collide half way.
    QSqlQuery release = prepareQuery(m_database.connection(), uR"(
        UPDATE comparison_units SET name_zh = :placeholder, own_district = 0, kind = 'county'
        WHERE code = :code)"_s);
    for (const ComparisonUnit &unit : units) {
        const auto before = std::ranges::find(stored, unit.code, &ComparisonUnit::code);
        if (before == stored.end() || *before == unit)
            continue;
        release.bindValue(u":placeholder"_s, QString(u"\u0001"_s + unit.code)); // codes are unique, names never hold U+0001
        release.bindValue(u":code"_s, unit.code);
        execQuery(release);
    }
    for (const ComparisonUnit &unit : units) {
        const auto before = std::ranges::find(stored, unit.code, &ComparisonUnit::code);
        if (before == stored.end() || *before != unit)
            saveUnit(unit);
    }
    transaction.commit();
}

void ComparisonRepository::removeUnit(const QString &code)
{
    Transaction transaction(m_database);
    if (const int count = figureCount(code); count > 0) {
        const QList<ComparisonUnit> all = units();
        const auto unit = std::ranges::find(all, code, &ComparisonUnit::code);
        //: %1 a unit's name, e.g. 荷塘区
        throw StorageError(StorageError::Code::InUse,
                           tr("“%1” has %n figure(s) in the city's tables, so it is not removed: its figures would "
                              "go with it.",
                              nullptr, count)
                               .arg(unit == all.end() ? code : unit->name()));
    }
    QSqlQuery query = prepareQuery(m_database.connection(), u"DELETE FROM comparison_units WHERE code = :code"_s);
    query.bindValue(u":code"_s, code);
    execQuery(query);
    transaction.commit();
}

int ComparisonRepository::figureCount(const QString &unitCode) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT COUNT(*) FROM peer_figures WHERE unit = (SELECT id FROM comparison_units WHERE code = :code))"_s);
    query.bindValue(u":code"_s, unitCode);
    execQuery(query);
    return query.next() ? query.value(0).toInt() : 0;
}

QList<PeerFigure> ComparisonRepository::figures(int year) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT u.code, i.code, f.month, f.growth, f.amount, f.published_rank
        FROM peer_figures AS f
        JOIN comparison_units AS u ON u.id = f.unit
        JOIN indicators AS i ON i.id = f.indicator
        WHERE f.year = :year
        ORDER BY i.sort_order, i.code, f.month, u.sort_order, u.code)"_s);
    query.bindValue(u":year"_s, year);
    execQuery(query);
    QList<PeerFigure> figures;
    while (query.next())
        figures.append({query.value(0).toString(), query.value(1).toString(), year, query.value(2).toInt(),
                        optionalDouble(query.value(3)), optionalDouble(query.value(4)),
                        optionalInt(query.value(5))});
    return figures;
}

void ComparisonRepository::write(const QList<PeerFigure> &figures)
{
    Transaction transaction(m_database);
    const QSqlDatabase &connection = m_database.connection();
    const QHash<QString, qint64> unitIds = idsByCode(connection, u"comparison_units"_s);
    const QHash<QString, qint64> indicatorIds = idsByCode(connection, u"indicators"_s);
    QSqlQuery remove = prepareQuery(connection, uR"(
        DELETE FROM peer_figures
        WHERE unit = :unit AND indicator = :indicator AND year = :year AND month = :month)"_s);
    QSqlQuery upsert = prepareQuery(connection, uR"(
        INSERT INTO peer_figures (unit, indicator, year, month, growth, amount, published_rank)
        VALUES (:unit, :indicator, :year, :month, :growth, :amount, :rank)
        ON CONFLICT (indicator, year, month, unit) DO UPDATE SET growth = excluded.growth,
            amount = excluded.amount, published_rank = excluded.published_rank)"_s);
    for (const PeerFigure &figure : figures) {
        if (!unitIds.contains(figure.unitCode) || !indicatorIds.contains(figure.indicatorCode))
            throw StorageError(StorageError::Code::QueryFailed,
                               tr("The city's figures name “%1” and “%2”, which this database does not have; "
                                  "nothing was stored.")
                                   .arg(figure.unitCode, figure.indicatorCode));
        QSqlQuery &query = isEmpty(figure) ? remove : upsert;
        query.bindValue(u":unit"_s, unitIds.value(figure.unitCode));
        query.bindValue(u":indicator"_s, indicatorIds.value(figure.indicatorCode));
        query.bindValue(u":year"_s, figure.year);
        query.bindValue(u":month"_s, figure.month);
        if (!isEmpty(figure)) {
            query.bindValue(u":growth"_s, toSqlValue(figure.growth));
            query.bindValue(u":amount"_s, toSqlValue(figure.amount));
            query.bindValue(u":rank"_s, toSqlValue(figure.publishedRank));
        }
        execQuery(query);
    }
    transaction.commit();
}

} // namespace zhibiao
