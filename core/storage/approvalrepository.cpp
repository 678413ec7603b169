#include "core/storage/approvalrepository.h"

#include "core/approval/approvalrules.h"
#include "core/domain/indicatortext.h"
#include "core/domain/period.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QHash>

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

QString storedTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

ApprovalState readState(const QVariant &value)
{
    const auto state = approvalStateFromCode(value.toString());
    // The schema's CHECK constraint makes this unreachable for our own databases.
    if (!state)
        throw StorageError(StorageError::Code::Corrupt,
                           ApprovalRepository::tr("An approval state “%1” is unknown.").arg(value.toString()));
    return *state;
}

std::optional<qint64> idOf(const QSqlDatabase &connection, const QString &table, const QString &code)
{
    QSqlQuery query = prepareQuery(connection, u"SELECT id FROM "_s + table + u" WHERE code = :code"_s);
    query.bindValue(u":code"_s, code);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QString monthLabel(int month)
{
    const auto period = Period::fromMonth(month);
    return period ? period->label(Frequency::Monthly) : QString::number(month);
}

} // namespace

QList<ResponsibleUnit> ApprovalRepository::units() const
{
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT code, name_zh, name_en, contact, sort_order FROM responsible_units ORDER BY sort_order, code)"_s);
    execQuery(query);
    QList<ResponsibleUnit> units;
    while (query.next())
        units.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toInt()});
    return units;
}

void ApprovalRepository::saveUnit(const ResponsibleUnit &unit)
{
    if (unit.code.trimmed().isEmpty() || unit.nameZh.trimmed().isEmpty() || unit.nameEn.trimmed().isEmpty())
        throw StorageError(StorageError::Code::QueryFailed,
                           tr("A responsible unit needs a code and a name in Chinese and in English."));
    Transaction transaction(m_database);
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        INSERT INTO responsible_units (code, name_zh, name_en, contact, sort_order)
        VALUES (:code, :name_zh, :name_en, :contact, :sort_order)
        ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
            contact = excluded.contact, sort_order = excluded.sort_order)"_s);
    query.bindValue(u":code"_s, toSqlText(unit.code));
    query.bindValue(u":name_zh"_s, toSqlText(unit.nameZh));
    query.bindValue(u":name_en"_s, toSqlText(unit.nameEn));
    query.bindValue(u":contact"_s, toSqlText(unit.contact));
    query.bindValue(u":sort_order"_s, unit.sortOrder);
    execQuery(query);
    transaction.commit();
}

std::map<QString, QString> ApprovalRepository::responsibilities(int year) const
{
    // The latest assignment up to the year, per indicator.
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT i.code, u.code FROM indicator_responsibility AS r
        JOIN indicators AS i ON i.id = r.indicator
        JOIN responsible_units AS u ON u.id = r.unit
        WHERE r.year = (SELECT max(l.year) FROM indicator_responsibility AS l
                        WHERE l.indicator = r.indicator AND l.year <= :year))"_s);
    query.bindValue(u":year"_s, year);
    execQuery(query);
    std::map<QString, QString> units;
    while (query.next())
        units[query.value(0).toString()] = query.value(1).toString();
    return units;
}

void ApprovalRepository::setResponsible(const QString &indicatorCode, int year, const QString &unitCode)
{
    Transaction transaction(m_database);
    const QSqlDatabase connection = m_database.connection();
    const std::optional<qint64> indicator = idOf(connection, u"indicators"_s, indicatorCode);
    if (!indicator)
        throw StorageError(StorageError::Code::QueryFailed, tr("There is no indicator “%1”.").arg(indicatorCode));
    if (unitCode.isEmpty()) {
        QSqlQuery remove = prepareQuery(connection, uR"(
            DELETE FROM indicator_responsibility WHERE indicator = :indicator AND year >= :year)"_s);
        remove.bindValue(u":indicator"_s, *indicator);
        remove.bindValue(u":year"_s, year);
        execQuery(remove);
    } else {
        const std::optional<qint64> unit = idOf(connection, u"responsible_units"_s, unitCode);
        if (!unit)
            throw StorageError(StorageError::Code::QueryFailed,
                               tr("There is no responsible unit “%1”.").arg(unitCode));
        QSqlQuery assign = prepareQuery(connection, uR"(
            INSERT INTO indicator_responsibility (indicator, year, unit) VALUES (:indicator, :year, :unit)
            ON CONFLICT (indicator, year) DO UPDATE SET unit = excluded.unit)"_s);
        assign.bindValue(u":indicator"_s, *indicator);
        assign.bindValue(u":year"_s, year);
        assign.bindValue(u":unit"_s, *unit);
        execQuery(assign);
    }
    transaction.commit();
}

Approver ApprovalRepository::currentApprover() const
{
    if (!m_database.isServer()) {
        const QString login = EntryStamp::now().enteredBy;
        return Approver{login.isEmpty() ? QDir::home().dirName() : login, Role::Admin, {}};
    }
    const QSqlDatabase connection = m_database.connection();
    // The schema's own rule (zhibiao_person_role, schema version 7), the
    // one its policies follow.
    QSqlQuery query = prepareQuery(connection, uR"(
        SELECT CAST(session_user AS TEXT), zhibiao_person_role(), u.code
        FROM (SELECT 1) AS one
        LEFT JOIN people AS p ON p.login = CAST(session_user AS TEXT)
        LEFT JOIN responsible_units AS u ON u.id = p.unit)"_s);
    execQuery(query);
    query.next();
    const QString login = query.value(0).toString();
    return Approver{login, roleFromCode(query.value(1).toString()).value_or(Role::Viewer), query.value(2).toString()};
}

QList<MonthApproval> ApprovalRepository::month(int year, int month) const
{
    const std::map<QString, QString> reporting = responsibilities(year);
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT i.code, s.state, s.acted_by, s.acted_at, s.reason FROM approval_states AS s
        JOIN indicators AS i ON i.id = s.indicator
        WHERE s.year = :year AND s.month = :month)"_s);
    query.bindValue(u":year"_s, year);
    query.bindValue(u":month"_s, month);
    execQuery(query);
    QHash<QString, ApprovalRecord> records;
    while (query.next())
        records.insert(query.value(0).toString(), ApprovalRecord{readState(query.value(1)), query.value(2).toString(),
                                                                 readTime(query.value(3)), query.value(4).toString()});
    const auto period = Period::fromMonth(month);
    QList<MonthApproval> rows;
    for (const Indicator &indicator : IndicatorRepository(m_database).all()) {
        if (!indicator.trackedIn(year) || !period || !indicator.acceptsPeriod(*period))
            continue;
        const auto unit = reporting.find(indicator.code);
        rows.append({indicator.code, unit == reporting.end() ? QString() : unit->second,
                     records.value(indicator.code)});
    }
    return rows;
}

QList<ApprovalLogEntry> ApprovalRepository::log(int year, int month, const QString &indicatorCode) const
{
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT i.code, l.action, l.from_state, l.to_state, l.acted_by, l.acted_at, l.reason
        FROM approval_log AS l JOIN indicators AS i ON i.id = l.indicator
        WHERE l.year = :year AND l.month = :month AND (:code = '' OR i.code = :code2)
        ORDER BY l.id)"_s);
    query.bindValue(u":year"_s, year);
    query.bindValue(u":month"_s, month);
    query.bindValue(u":code"_s, toSqlText(indicatorCode));
    query.bindValue(u":code2"_s, toSqlText(indicatorCode));
    execQuery(query);
    QList<ApprovalLogEntry> entries;
    while (query.next()) {
        const auto action = approvalActionFromCode(query.value(1).toString());
        entries.append({query.value(0).toString(), year, month, action.value_or(ApprovalAction::Submit),
                        readState(query.value(2)), readState(query.value(3)), query.value(4).toString(),
                        readTime(query.value(5)), query.value(6).toString()});
    }
    return entries;
}

std::set<EntryKey> ApprovalRepository::lockedMonths() const
{
    QSqlQuery query = prepareQuery(m_database.connection(), uR"(
        SELECT i.code, s.year, s.month FROM approval_states AS s JOIN indicators AS i ON i.id = s.indicator
        WHERE s.state = 'approved')"_s);
    execQuery(query);
    std::set<EntryKey> locked;
    while (query.next())
        locked.insert(EntryKey{query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return locked;
}

EntryPermissions ApprovalRepository::entryPermissions(const std::set<int> &years, const QDate &today) const
{
    EntryPermissions::Facts facts;
    facts.who = currentApprover();
    if (years.empty())
        return EntryPermissions(std::move(facts));
    const QSqlDatabase connection = m_database.connection();
    QSqlQuery states = prepareQuery(connection, uR"(
        SELECT i.code, s.year, s.month, s.state FROM approval_states AS s JOIN indicators AS i ON i.id = s.indicator
        WHERE s.year BETWEEN :first AND :last)"_s);
    states.bindValue(u":first"_s, *years.begin());
    states.bindValue(u":last"_s, *years.rbegin());
    execQuery(states);
    while (states.next()) {
        const EntryKey cell{states.value(0).toString(), states.value(1).toInt(), states.value(2).toInt()};
        if (years.contains(cell.year))
            facts.states.emplace(cell, readState(states.value(3)));
    }
    // Who reports what and the closing dates bind clerks only.
    if (facts.who.role != Role::Clerk)
        return EntryPermissions(std::move(facts));
    for (const int year : years)
        facts.reporting.emplace(year, responsibilities(year));
    QSqlQuery closing = prepareQuery(connection, uR"(
        SELECT year, month, closes_on FROM closing_dates WHERE year BETWEEN :first AND :last)"_s);
    closing.bindValue(u":first"_s, *years.begin());
    closing.bindValue(u":last"_s, *years.rbegin());
    execQuery(closing);
    while (closing.next()) {
        const QDate closesOn = QDate::fromString(closing.value(2).toString(), Qt::ISODate);
        if (closesOn.isValid() && ApprovalRules::isPastClosingDate(closesOn, today))
            facts.closed.emplace(closing.value(0).toInt(), closing.value(1).toInt());
    }
    for (const ResponsibleUnit &unit : units())
        facts.unitNames.insert(unit.code, unit.name());
    return EntryPermissions(std::move(facts));
}

QList<MonthApproval> ApprovalRepository::act(const Approver &who, ApprovalAction action, int year, int month,
                                             const QStringList &indicatorCodes, const QString &reason,
                                             const QDateTime &at)
{
    Transaction transaction(m_database);
    const QList<MonthApproval> rows = this->month(year, month);
    QHash<QString, Indicator> indicators;
    for (const Indicator &indicator : IndicatorRepository(m_database).all())
        indicators.insert(indicator.code, indicator);
    QHash<QString, QString> unitNames;
    for (const ResponsibleUnit &unit : units())
        unitNames.insert(unit.code, unit.name());

    QList<MonthApproval> chosen;
    QStringList refusals;
    if (indicatorCodes.isEmpty()) {
        for (const MonthApproval &row : rows) {
            if (ApprovalRules::startsFrom(action, row.record.state) && ApprovalRules::mayAct(who, action, row.unitCode)
                && (who.role != Role::Clerk || row.unitCode == who.unitCode))
                chosen.append(row);
        }
        if (chosen.isEmpty())
            //: %1 e.g. 1-6月, %2 the action (submit, approve …)
            throw StorageError(StorageError::Code::QueryFailed,
                               tr("Nothing of %1 %2 is waiting for you to %3. Nothing was changed.")
                                   .arg(QString::number(year), monthLabel(month), ApprovalText::action(action)));
    } else {
        for (const QString &code : indicatorCodes) {
            const auto row = std::ranges::find(rows, code, &MonthApproval::indicatorCode);
            if (row == rows.end()) {
                //: %1 e.g. "GDP, 1-5月", %2 a year
                refusals.append(indicators.contains(code)
                                    ? tr("%1 is not reported in %2: there is nothing to act on.")
                                          .arg(IndicatorText::cell(indicators.value(code), month), QString::number(year))
                                    : tr("There is no indicator “%1”.").arg(code));
                continue;
            }
            const QString refusal =
                ApprovalRules::refusal(who, action, row->record.state, row->unitCode, unitNames.value(row->unitCode),
                                       reason, IndicatorText::cell(indicators.value(code), month));
            if (!refusal.isEmpty())
                refusals.append(refusal);
            else if (std::ranges::find(chosen, code, &MonthApproval::indicatorCode) == chosen.end())
                chosen.append(*row);
        }
        if (!refusals.isEmpty())
            throw StorageError(StorageError::Code::QueryFailed,
                               refusals.join(u'\n') + u'\n' + tr("Nothing was changed."));
    }

    const QSqlDatabase connection = m_database.connection();
    // The state the transition started from must still be the stored one:
    // a reviewer who approved meanwhile is not overwritten.
    QSqlQuery update = prepareQuery(connection, uR"(
        UPDATE approval_states SET state = :state, acted_by = :by, acted_at = :at, reason = :reason
        WHERE indicator = :indicator AND year = :year AND month = :month AND state = :before)"_s);
    QSqlQuery insert = prepareQuery(connection, uR"(
        INSERT INTO approval_states (indicator, year, month, state, acted_by, acted_at, reason)
        VALUES (:indicator, :year, :month, :state, :by, :at, :reason))"_s);
    QSqlQuery logged = prepareQuery(connection, uR"(
        INSERT INTO approval_log (indicator, year, month, action, from_state, to_state, acted_by, acted_at, reason)
        VALUES (:indicator, :year, :month, :action, :from, :to, :by, :at, :reason))"_s);
    const ApprovalState after = ApprovalRules::stateAfter(action);
    const QString stamp = storedTime(at);
    QList<MonthApproval> done;
    for (const MonthApproval &row : chosen) {
        const std::optional<qint64> indicator = idOf(connection, u"indicators"_s, row.indicatorCode);
        // No transition leads to open: an open month has no row yet.
        const bool first = row.record.state == ApprovalState::Open;
        QSqlQuery &write = first ? insert : update;
        write.bindValue(u":indicator"_s, *indicator);
        write.bindValue(u":year"_s, year);
        write.bindValue(u":month"_s, month);
        write.bindValue(u":state"_s, toCode(after));
        write.bindValue(u":by"_s, toSqlText(who.login));
        write.bindValue(u":at"_s, stamp);
        write.bindValue(u":reason"_s, toSqlText(reason));
        if (!first)
            write.bindValue(u":before"_s, toCode(row.record.state));
        execQuery(write);
        if (write.numRowsAffected() != 1)
            throw StorageError(StorageError::Code::QueryFailed,
                               tr("%1 was changed by someone else meanwhile; look again. Nothing was changed.")
                                   .arg(IndicatorText::cell(indicators.value(row.indicatorCode), month)));
        logged.bindValue(u":indicator"_s, *indicator);
        logged.bindValue(u":year"_s, year);
        logged.bindValue(u":month"_s, month);
        logged.bindValue(u":action"_s, toCode(action));
        logged.bindValue(u":from"_s, toCode(row.record.state));
        logged.bindValue(u":to"_s, toCode(after));
        logged.bindValue(u":by"_s, toSqlText(who.login));
        logged.bindValue(u":at"_s, stamp);
        logged.bindValue(u":reason"_s, toSqlText(reason));
        execQuery(logged);
        done.append({row.indicatorCode, row.unitCode, ApprovalRecord{after, who.login, at.toUTC(), reason}});
    }
    transaction.commit();
    return done;
}

std::optional<QDate> ApprovalRepository::closingDate(int year, int month) const
{
    QSqlQuery query = prepareQuery(m_database.connection(),
                                   u"SELECT closes_on FROM closing_dates WHERE year = :year AND month = :month"_s);
    query.bindValue(u":year"_s, year);
    query.bindValue(u":month"_s, month);
    execQuery(query);
    if (!query.next())
        return std::nullopt;
    const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

void ApprovalRepository::setClosingDate(int year, int month, const std::optional<QDate> &closesOn)
{
    Transaction transaction(m_database);
    QSqlQuery query = prepareQuery(m_database.connection(),
                                   closesOn ? uR"(INSERT INTO closing_dates (year, month, closes_on)
                                                  VALUES (:year, :month, :closes_on)
                                                  ON CONFLICT (year, month) DO UPDATE SET closes_on = excluded.closes_on)"_s
                                            : u"DELETE FROM closing_dates WHERE year = :year AND month = :month"_s);
    query.bindValue(u":year"_s, year);
    query.bindValue(u":month"_s, month);
    if (closesOn)
        query.bindValue(u":closes_on"_s, closesOn->toString(Qt::ISODate));
    execQuery(query);
    transaction.commit();
}

} // namespace zhibiao
