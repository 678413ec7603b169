#include "core/approval/approvalrules.h"

namespace zhibiao {

ApprovalState ApprovalRules::stateAfter(ApprovalAction action)
{
    switch (action) {
    case ApprovalAction::Submit:
        return ApprovalState::Submitted;
    case ApprovalAction::Approve:
        return ApprovalState::Approved;
    case ApprovalAction::Return:
        return ApprovalState::Returned;
    case ApprovalAction::Reopen:
        return ApprovalState::Reopened;
    }
    Q_UNREACHABLE();
}

bool ApprovalRules::startsFrom(ApprovalAction action, ApprovalState state)
{
    switch (action) {
    case ApprovalAction::Submit:
        return state == ApprovalState::Open || state == ApprovalState::Returned || state == ApprovalState::Reopened;
    case ApprovalAction::Approve:
    case ApprovalAction::Return:
        return state == ApprovalState::Submitted;
    case ApprovalAction::Reopen:
        // An open month too: after its closing date, reopening gives it
        // back to its unit.
        return state == ApprovalState::Approved || state == ApprovalState::Open;
    }
    Q_UNREACHABLE();
}

bool ApprovalRules::needsReason(ApprovalAction action)
{
    return action == ApprovalAction::Return || action == ApprovalAction::Reopen;
}

bool ApprovalRules::mayAct(const Approver &who, ApprovalAction action, const QString &responsibleUnit)
{
    switch (who.role) {
    case Role::Admin:
        return true;
    case Role::Reviewer:
        return true;
    case Role::Clerk:
        return action == ApprovalAction::Submit && !responsibleUnit.isEmpty() && responsibleUnit == who.unitCode;
    case Role::Viewer:
        return false;
    }
    Q_UNREACHABLE();
}

bool ApprovalRules::isLocked(ApprovalState state)
{
    return state == ApprovalState::Approved;
}

EntryRefusal ApprovalRules::entryRefusal(const Approver &who, const QString &responsibleUnit, ApprovalState state,
                                         bool pastClosingDate)
{
    if (isLocked(state))
        return EntryRefusal::Locked;
    switch (who.role) {
    case Role::Admin:
    case Role::Reviewer:
        return EntryRefusal::None;
    case Role::Viewer:
        return EntryRefusal::ReadOnly;
    case Role::Clerk:
        if (responsibleUnit.isEmpty() || responsibleUnit != who.unitCode)
            return EntryRefusal::OtherUnit;
        if (pastClosingDate && state != ApprovalState::Returned && state != ApprovalState::Reopened)
            return EntryRefusal::Closed;
        return EntryRefusal::None;
    }
    Q_UNREACHABLE();
}

QString ApprovalRules::refusal(const Approver &who, ApprovalAction action, ApprovalState state,
                               const QString &responsibleUnit, const QString &responsibleUnitName,
                               const QString &reason, const QString &what)
{
    if (!mayAct(who, action, responsibleUnit)) {
        if (who.role == Role::Viewer)
            //: %1 the login
            return tr("%1 may only read: a viewer does not submit, return or approve figures.").arg(who.login);
        if (action != ApprovalAction::Submit)
            //: %1 the action (approve, return, reopen), %2 e.g. "GDP, 1-6月"
            return tr("Only a reviewer or an administrator may %1 %2.").arg(ApprovalText::action(action), what);
        if (responsibleUnit.isEmpty())
            return tr("%1 has no responsible unit: an administrator assigns one before a clerk submits it.")
                .arg(what);
        //: %1 e.g. "GDP, 1-6月", %2 the unit that reports it
        return tr("%1 is reported by %2: only its own clerks submit it.").arg(what, responsibleUnitName);
    }
    if (!startsFrom(action, state)) {
        //: %1 e.g. "GDP, 1-6月", %2 its state (submitted, approved …)
        switch (action) {
        case ApprovalAction::Submit:
            return state == ApprovalState::Approved
                       ? tr("%1 is approved and locked: a reviewer reopens it before it is submitted again.").arg(what)
                       : tr("%1 is already submitted.").arg(what);
        case ApprovalAction::Approve:
            return tr("%1 is %2: only submitted figures are approved.").arg(what, ApprovalText::state(state));
        case ApprovalAction::Return:
            return tr("%1 is %2: only submitted figures are returned.").arg(what, ApprovalText::state(state));
        case ApprovalAction::Reopen:
            return tr("%1 is %2: only an approved or an open month is reopened.").arg(what, ApprovalText::state(state));
        }
    }
    if (needsReason(action) && reason.trimmed().isEmpty())
        return action == ApprovalAction::Return
                   ? tr("Say why %1 is returned: the clerk sees the reason in their list.").arg(what)
                   : tr("Say why %1 is reopened: the reason is kept with the month's log.").arg(what);
    return {};
}

} // namespace zhibiao
