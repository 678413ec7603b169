#include "core/storage/targetrepository.h"

#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

#include <map>

namespace zhibiao {

using namespace Qt::StringLiterals;

QList<Target> TargetRepository::forYear(int year) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery targetQuery = prepareQuery(db, uR"(
        SELECT id, ordinal, title_zh, title_en, statement_zh, statement_en
        FROM targets WHERE year = :year ORDER BY ordinal)"_s);
    targetQuery.bindValue(u":year"_s, year);
    execQuery(targetQuery);
    QList<Target> targets;
    std::map<qint64, qsizetype> indexById;
    while (targetQuery.next()) {
        indexById[targetQuery.value(0).toLongLong()] = targets.size();
        targets.append(Target{year, targetQuery.value(1).toInt(), targetQuery.value(2).toString(),
                              targetQuery.value(3).toString(), targetQuery.value(4).toString(),
                              targetQuery.value(5).toString(), {}});
    }

    QSqlQuery criteriaQuery = prepareQuery(db, uR"(
        SELECT c.target_id, c.indicator_code, c.kind, c.figure, c.reference_code, c.warning_threshold
        FROM target_criteria AS c JOIN targets AS t ON t.id = c.target_id
        WHERE t.year = :year ORDER BY c.target_id, c.position)"_s);
    criteriaQuery.bindValue(u":year"_s, year);
    execQuery(criteriaQuery);
    while (criteriaQuery.next()) {
        const auto kind = criterionKindFromCode(criteriaQuery.value(2).toString());
        if (!kind)
            throw StorageError(StorageError::Code::Corrupt,
                               Database::tr("A target of %1 has an unknown kind “%2”.")
                                   .arg(year)
                                   .arg(criteriaQuery.value(2).toString()));
        Criterion criterion{criteriaQuery.value(1).toString(), *kind, optionalDouble(criteriaQuery.value(3)),
                            criteriaQuery.value(4).toString(), optionalDouble(criteriaQuery.value(5))};
        targets[indexById.at(criteriaQuery.value(0).toLongLong())].criteria.append(criterion);
    }
    return targets;
}

QList<int> TargetRepository::years() const
{
    QSqlQuery query = prepareQuery(m_database.connection(), u"SELECT DISTINCT year FROM targets ORDER BY year"_s);
    execQuery(query);
    QList<int> years;
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

void TargetRepository::replaceYear(int year, const QList<Target> &targets)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    QSqlQuery remove = prepareQuery(db, u"DELETE FROM targets WHERE year = :year"_s);
    remove.bindValue(u":year"_s, year);
    execQuery(remove);

    QSqlQuery insertTarget = prepareQuery(db, uR"(
        INSERT INTO targets (year, ordinal, title_zh, title_en, statement_zh, statement_en)
        VALUES (:year, :ordinal, :title_zh, :title_en, :statement_zh, :statement_en)
        RETURNING id)"_s);
    QSqlQuery insertCriterion = prepareQuery(db, uR"(
        INSERT INTO target_criteria (target_id, position, indicator_code, kind, figure, reference_code,
                                     warning_threshold)
        VALUES (:target_id, :position, :indicator_code, :kind, :figure, :reference_code, :warning_threshold))"_s);
    for (const Target &target : targets) {
        if (target.year != year)
            throw StorageError(StorageError::Code::QueryFailed,
                               Database::tr("A target for %1 cannot be saved as a target for %2.").arg(target.year).arg(year));
        insertTarget.bindValue(u":year"_s, year);
        insertTarget.bindValue(u":ordinal"_s, target.ordinal);
        insertTarget.bindValue(u":title_zh"_s, toSqlText(target.titleZh));
        insertTarget.bindValue(u":title_en"_s, toSqlText(target.titleEn));
        insertTarget.bindValue(u":statement_zh"_s, toSqlText(target.statementZh));
        insertTarget.bindValue(u":statement_en"_s, toSqlText(target.statementEn));
        execQuery(insertTarget);
        insertTarget.next();
        const QVariant targetId = insertTarget.value(0);
        insertTarget.finish();
        int position = 0;
        for (const Criterion &criterion : target.criteria) {
            insertCriterion.bindValue(u":target_id"_s, targetId);
            insertCriterion.bindValue(u":position"_s, ++position);
            insertCriterion.bindValue(u":indicator_code"_s, criterion.indicatorCode);
            insertCriterion.bindValue(u":kind"_s, toCode(criterion.kind));
            insertCriterion.bindValue(u":figure"_s, toSqlValue(criterion.figure));
            insertCriterion.bindValue(u":warning_threshold"_s, toSqlValue(criterion.warningThreshold));
            insertCriterion.bindValue(u":reference_code"_s, criterion.referenceCode.isEmpty()
                                                                ? QVariant(QMetaType::fromType<QString>())
                                                                : QVariant(criterion.referenceCode));
            execQuery(insertCriterion);
        }
    }
    transaction.commit();
}

} // namespace zhibiao
