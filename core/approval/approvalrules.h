#pragma once

#include "core/domain/approval.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace zhibiao {

// The one place that says which transitions of the monthly cycle exist,
// who may make them and which months are locked; the storage, the window
// and the command line ask here. (On a server the same rules are also
// the server's, in its policies: see docs/approval.md.)
//
//   open, returned, reopened --submit--> submitted
//   submitted --approve--> approved (locked)
//   submitted --return (reason)--> returned
//   approved, open --reopen (reason)--> reopened
//
// Entering figures: an approved month is locked for everyone; a viewer
// enters nothing; a clerk enters their own unit's indicators only and,
// after the month's closing date, only once a reviewer returned or
// reopened it.
enum class EntryRefusal {
    None,
    Locked,    // the month is approved
    ReadOnly,  // a viewer
    OtherUnit, // a clerk, another unit's indicator (or one without a unit)
    Closed,    // a clerk, past the month's closing date, not given back
};

class ApprovalRules
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ApprovalRules)

public:
    // The state a transition leads to.
    static ApprovalState stateAfter(ApprovalAction action);
    // Whether the transition starts from state.
    static bool startsFrom(ApprovalAction action, ApprovalState state);
    // A return and a reopening say why.
    static bool needsReason(ApprovalAction action);
    // Whether who may take action on an indicator its unit responsibleUnit
    // (a code; empty: no unit responsible) reports: a clerk submits their
    // own unit's only, a reviewer returns, approves and reopens any (and
    // submits any), a viewer nothing, an admin everything.
    static bool mayAct(const Approver &who, ApprovalAction action, const QString &responsibleUnit);
    // An approved month's figures do not change until it is reopened.
    static bool isLocked(ApprovalState state);
    // A month's closing date is its last day of entry: past it from the
    // day after (the server's zhibiao_entry_open says the same).
    static bool isPastClosingDate(const QDate &closesOn, const QDate &today) { return today > closesOn; }
    // Whether who may enter a month's figure of an indicator its unit
    // responsibleUnit reports, the month in state and past its closing
    // date or not. The server's policies say the same (schema version 7).
    static EntryRefusal entryRefusal(const Approver &who, const QString &responsibleUnit, ApprovalState state,
                                     bool pastClosingDate);

    // Why who may not take action on what (e.g. "GDP, 1-6月") in state,
    // in the UI language; empty when they may. responsibleUnitName names
    // the unit that reports it, for a clerk of another.
    static QString refusal(const Approver &who, ApprovalAction action, ApprovalState state,
                           const QString &responsibleUnit, const QString &responsibleUnitName,
                           const QString &reason, const QString &what);
};

} // namespace zhibiao
