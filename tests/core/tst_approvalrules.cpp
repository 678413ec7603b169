// The monthly cycle's rules (issue 17): every transition from every state,
// every role with and without the indicator's unit, and the words of a
// refusal. The expected table is written out by hand from the issue:
// open → submitted → approved, returned (with a reason) back to the clerk,
// reopened (with a reason) after approval.
#include "core/approval/approvalrules.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

using State = ApprovalState;
using Action = ApprovalAction;

const QList<State> allStates = {State::Open, State::Submitted, State::Approved, State::Returned, State::Reopened};

} // namespace

TEST_CASE("Each action starts from its states only and leads to one state", "[approval]")
{
    struct Row
    {
        Action action;
        QList<State> from;
        State to;
    };
    const QList<Row> table = {
        {Action::Submit, {State::Open, State::Returned, State::Reopened}, State::Submitted},
        {Action::Approve, {State::Submitted}, State::Approved},
        {Action::Return, {State::Submitted}, State::Returned},
        {Action::Reopen, {State::Approved, State::Open}, State::Reopened},
    };
    for (const Row &row : table) {
        INFO(toCode(row.action).toStdString());
        CHECK(ApprovalRules::stateAfter(row.action) == row.to);
        for (const State state : allStates) {
            INFO(toCode(state).toStdString());
            CHECK(ApprovalRules::startsFrom(row.action, state) == row.from.contains(state));
        }
    }
    CHECK(ApprovalRules::needsReason(Action::Return));
    CHECK(ApprovalRules::needsReason(Action::Reopen));
    CHECK_FALSE(ApprovalRules::needsReason(Action::Submit));
    CHECK_FALSE(ApprovalRules::needsReason(Action::Approve));
    // Only an approved month is locked: a submitted one can still be corrected.
    for (const State state : allStates)
        CHECK(ApprovalRules::isLocked(state) == (state == State::Approved));
}

TEST_CASE("A clerk submits their own unit's indicators only, a viewer acts on none", "[approval]")
{
    const Approver clerk{u"wang"_s, Role::Clerk, u"finance"_s};
    const Approver reviewer{u"li"_s, Role::Reviewer, u"statistics"_s};
    const Approver viewer{u"zhao"_s, Role::Viewer, {}};
    const Approver admin{u"admin"_s, Role::Admin, {}};
    struct Row
    {
        const Approver &who;
        QString unit; // the indicator's responsible unit
        QList<Action> may;
    };
    const QList<Action> all = {Action::Submit, Action::Approve, Action::Return, Action::Reopen};
    const QList<Row> table = {
        {clerk, u"finance"_s, {Action::Submit}},
        {clerk, u"statistics"_s, {}},
        {clerk, QString(), {}},
        {reviewer, u"finance"_s, all},
        {reviewer, u"statistics"_s, all},
        {viewer, u"finance"_s, {}},
        {admin, u"finance"_s, all},
        {admin, QString(), all},
    };
    for (const Row &row : table) {
        INFO(row.who.login.toStdString() << " on an indicator of " << row.unit.toStdString());
        for (const Action action : all) {
            INFO(toCode(action).toStdString());
            CHECK(ApprovalRules::mayAct(row.who, action, row.unit) == row.may.contains(action));
        }
    }
}

TEST_CASE("A refusal says why in words and names the month", "[approval]")
{
    const Approver clerk{u"wang"_s, Role::Clerk, u"finance"_s};
    const Approver reviewer{u"li"_s, Role::Reviewer, u"statistics"_s};
    const Approver viewer{u"zhao"_s, Role::Viewer, {}};
    const QString gdp = u"GDP, Jan–Jun"_s;
    const auto refusal = [&](const Approver &who, Action action, State state, const QString &unit,
                             const QString &reason = {}) {
        return ApprovalRules::refusal(who, action, state, unit, u"Statistics Bureau"_s, reason, gdp);
    };

    CHECK(refusal(clerk, Action::Submit, State::Open, u"statistics"_s)
          == u"GDP, Jan–Jun is reported by Statistics Bureau: only its own clerks submit it."_s);
    CHECK(refusal(clerk, Action::Approve, State::Submitted, u"finance"_s)
          == u"Only a reviewer or an administrator may approve GDP, Jan–Jun."_s);
    CHECK(refusal(viewer, Action::Submit, State::Open, u"finance"_s)
          == u"zhao may only read: a viewer does not submit, return or approve figures."_s);
    CHECK(refusal(clerk, Action::Submit, State::Approved, u"finance"_s)
          == u"GDP, Jan–Jun is approved and locked: a reviewer reopens it before it is submitted again."_s);
    CHECK(refusal(clerk, Action::Submit, State::Submitted, u"finance"_s) == u"GDP, Jan–Jun is already submitted."_s);
    CHECK(refusal(reviewer, Action::Approve, State::Open, u"finance"_s)
          == u"GDP, Jan–Jun is open: only submitted figures are approved."_s);
    CHECK(refusal(reviewer, Action::Reopen, State::Submitted, u"finance"_s)
          == u"GDP, Jan–Jun is submitted: only an approved or an open month is reopened."_s);
    // A return and a reopening need a reason; blanks are none.
    CHECK(refusal(reviewer, Action::Return, State::Submitted, u"finance"_s, u"  "_s)
          == u"Say why GDP, Jan–Jun is returned: the clerk sees the reason in their list."_s);
    CHECK(refusal(reviewer, Action::Reopen, State::Approved, u"finance"_s)
          == u"Say why GDP, Jan–Jun is reopened: the reason is kept with the month's log."_s);
    // Allowed: no refusal.
    CHECK(refusal(clerk, Action::Submit, State::Returned, u"finance"_s).isEmpty());
    CHECK(refusal(reviewer, Action::Return, State::Submitted, u"finance"_s, u"同比增速与快报不符"_s).isEmpty());
    CHECK(refusal(reviewer, Action::Approve, State::Submitted, u"finance"_s).isEmpty());
}

TEST_CASE("States, actions and roles read back from their stored codes", "[approval]")
{
    for (const State state : allStates)
        CHECK(approvalStateFromCode(toCode(state)) == state);
    for (const Action action : {Action::Submit, Action::Approve, Action::Return, Action::Reopen})
        CHECK(approvalActionFromCode(toCode(action)) == action);
    for (const Role role : {Role::Clerk, Role::Reviewer, Role::Viewer, Role::Admin})
        CHECK(roleFromCode(toCode(role)) == role);
    CHECK(toCode(State::Approved) == u"approved"_s);
    CHECK_FALSE(approvalStateFromCode(u"locked"_s));
}

TEST_CASE("Who may enter a figure: locks for all, a clerk their own unit's before the closing date or once given back",
          "[approval]")
{
    const Approver clerk{u"wang"_s, Role::Clerk, u"finance"_s};
    const Approver reviewer{u"li"_s, Role::Reviewer, u"statistics"_s};
    const Approver viewer{u"zhao"_s, Role::Viewer, {}};
    const Approver admin{u"admin"_s, Role::Admin, {}};
    using Refusal = EntryRefusal;
    const auto refusal = [](const Approver &who, const QString &unit, State state, bool closed) {
        return ApprovalRules::entryRefusal(who, unit, state, closed);
    };
    // Approved: locked for everyone, the administrator too.
    for (const Approver *who : {&clerk, &reviewer, &viewer, &admin})
        CHECK(refusal(*who, u"finance"_s, State::Approved, false) == Refusal::Locked);
    // Reviewers and administrators enter any other, closed or not.
    for (const Approver *who : {&reviewer, &admin}) {
        for (const State state : {State::Open, State::Submitted, State::Returned, State::Reopened})
            CHECK(refusal(*who, u"ecology"_s, state, true) == Refusal::None);
    }
    CHECK(refusal(viewer, u"finance"_s, State::Open, false) == Refusal::ReadOnly);
    CHECK(refusal(clerk, u"finance"_s, State::Open, false) == Refusal::None);
    CHECK(refusal(clerk, u"finance"_s, State::Submitted, false) == Refusal::None);
    CHECK(refusal(clerk, u"statistics"_s, State::Open, false) == Refusal::OtherUnit);
    CHECK(refusal(clerk, QString(), State::Open, false) == Refusal::OtherUnit);
    // Past the closing date: only what a reviewer gave back.
    CHECK(refusal(clerk, u"finance"_s, State::Open, true) == Refusal::Closed);
    CHECK(refusal(clerk, u"finance"_s, State::Submitted, true) == Refusal::Closed);
    CHECK(refusal(clerk, u"finance"_s, State::Returned, true) == Refusal::None);
    CHECK(refusal(clerk, u"finance"_s, State::Reopened, true) == Refusal::None);
    CHECK(refusal(clerk, u"statistics"_s, State::Reopened, true) == Refusal::OtherUnit);
}
