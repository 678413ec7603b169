#include "core/domain/approval.h"

#include "core/domain/codetable.h"

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

constexpr CodeTable<ApprovalState, 5> stateCodes({{
    {ApprovalState::Open, u"open"},
    {ApprovalState::Submitted, u"submitted"},
    {ApprovalState::Approved, u"approved"},
    {ApprovalState::Returned, u"returned"},
    {ApprovalState::Reopened, u"reopened"},
}});

constexpr CodeTable<ApprovalAction, 4> actionCodes({{
    {ApprovalAction::Submit, u"submit"},
    {ApprovalAction::Approve, u"approve"},
    {ApprovalAction::Return, u"return"},
    {ApprovalAction::Reopen, u"reopen"},
}});

constexpr CodeTable<Role, 4> roleCodes({{
    {Role::Clerk, u"clerk"},
    {Role::Reviewer, u"reviewer"},
    {Role::Viewer, u"viewer"},
    {Role::Admin, u"admin"},
}});

} // namespace

QString toCode(ApprovalState state)
{
    return stateCodes.code(state);
}

QString toCode(ApprovalAction action)
{
    return actionCodes.code(action);
}

QString toCode(Role role)
{
    return roleCodes.code(role);
}

std::optional<ApprovalState> approvalStateFromCode(const QString &code)
{
    return stateCodes.value(code);
}

std::optional<ApprovalAction> approvalActionFromCode(const QString &code)
{
    return actionCodes.value(code);
}

std::optional<Role> roleFromCode(const QString &code)
{
    return roleCodes.value(code);
}

QString ApprovalText::state(ApprovalState state)
{
    switch (state) {
    case ApprovalState::Open:
        //: An indicator's month nobody has submitted yet
        return tr("open");
    case ApprovalState::Submitted:
        return tr("submitted");
    case ApprovalState::Approved:
        return tr("approved");
    case ApprovalState::Returned:
        return tr("returned");
    case ApprovalState::Reopened:
        return tr("reopened");
    }
    Q_UNREACHABLE();
}

QString ApprovalText::action(ApprovalAction action)
{
    switch (action) {
    case ApprovalAction::Submit:
        return tr("submit");
    case ApprovalAction::Approve:
        return tr("approve");
    case ApprovalAction::Return:
        //: Send a month's figures back to the clerk
        return tr("return");
    case ApprovalAction::Reopen:
        return tr("reopen");
    }
    Q_UNREACHABLE();
}

QString ApprovalText::role(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("clerk");
    case Role::Reviewer:
        return tr("reviewer");
    case Role::Viewer:
        return tr("viewer");
    case Role::Admin:
        return tr("administrator");
    }
    Q_UNREACHABLE();
}

} // namespace zhibiao
