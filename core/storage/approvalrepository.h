#pragma once

#include "core/approval/entrypermissions.h"
#include "core/domain/approval.h"
#include "core/domain/entry.h"
#include "core/domain/responsibleunit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <map>
#include <optional>
#include <set>

namespace zhibiao {

class Database;

// The gateway to who reports what and the monthly cycle: the responsible
// units, which indicator each reports in a year, each indicator's state
// per month with the log of every transition, the people of a server and
// the months' closing dates. Which transition is allowed is ApprovalRules';
// this stores them, all or nothing.
class ApprovalRepository
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ApprovalRepository)

public:
    explicit ApprovalRepository(Database &database) : m_database(database) {}

    // In display order (sort_order, then code).
    QList<ResponsibleUnit> units() const;
    // Inserts, or replaces the unit with the same code.
    void saveUnit(const ResponsibleUnit &unit);

    // Indicator code → the code of the unit that reports it in year: the
    // assignment of that year, else of the latest year before it (an
    // assignment holds until changed). Indicators without one are left out.
    std::map<QString, QString> responsibilities(int year) const;
    // Makes unitCode (empty: none) report the indicator from year on.
    void setResponsible(const QString &indicatorCode, int year, const QString &unitCode);

    // Who is at the keyboard: on a file its one user, an administrator;
    // on a server the session's login with the role `zhibiao user add`
    // gave it (the schema's owner is an administrator; a login the people
    // table does not know only reads).
    Approver currentApprover() const;

    // Every tracked indicator of the year (in display order) with its
    // unit and its state in month; open where nobody has acted.
    QList<MonthApproval> month(int year, int month) const;
    // Every transition of the month, oldest first; of one indicator when
    // indicatorCode is given.
    QList<ApprovalLogEntry> log(int year, int month, const QString &indicatorCode = {}) const;
    // The approved months, as cells whose figures may not change until a
    // reviewer reopens them (each indicator, year and month once, sorted).
    std::set<EntryKey> lockedMonths() const;

    // What the person at the keyboard may write in years, today (for a
    // clerk: their unit's indicators, before a month's closing date or
    // once given back; for everyone: no approved month).
    EntryPermissions entryPermissions(const std::set<int> &years, const QDate &today = QDate::currentDate()) const;

    // Takes action on the named indicators of a month for who, with reason,
    // at the time given; with no indicators named, on every one of who's
    // indicators (a clerk's unit's; any for the others) that is in a state
    // the action starts from. All are changed or none: any refusal
    // (ApprovalRules::refusal, an unknown indicator, a state another user
    // changed meanwhile) throws StorageError naming each, having written
    // nothing. Returns the month's rows of the indicators acted on. The
    // day's nothing-to-do (no indicator named, none waiting) is refused too.
    QList<MonthApproval> act(const Approver &who, ApprovalAction action, int year, int month,
                             const QStringList &indicatorCodes, const QString &reason,
                             const QDateTime &at = QDateTime::currentDateTimeUtc());

    // The month's closing date (the last day of entry); nullopt: it does not close.
    std::optional<QDate> closingDate(int year, int month) const;
    void setClosingDate(int year, int month, const std::optional<QDate> &closesOn);

private:
    Database &m_database;
};

} // namespace zhibiao
