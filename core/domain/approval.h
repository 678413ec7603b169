#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace zhibiao {

// The monthly cycle of one indicator's figures (issue 17): the responsible
// unit's clerk enters and submits them, the statistics bureau returns them
// with a reason or approves them, and an approved month is locked until a
// reviewer reopens it, with a reason. A month nobody has acted on is open.
enum class ApprovalState {
    Open,      // 未报送: being entered
    Submitted, // 已报送: waiting for review
    Approved,  // 已审核: locked
    Returned,  // 已退回: back with the clerk, with the reviewer's reason
    Reopened,  // 已重新打开: approved once, opened again with a reason
};

enum class ApprovalAction { Submit, Approve, Return, Reopen };

// What a person may do (zhibiao user add --role …). On a single desk's
// file the one user is an admin.
enum class Role {
    Clerk,    // enters and submits the figures of their unit's indicators
    Reviewer, // returns or approves any; the statistics bureau
    Viewer,   // reads
    Admin,    // manages units, people, targets and locks; may do all of the above
};

// Who acts: their login, role and, for a clerk, the responsible unit
// (its code) they enter for.
struct Approver
{
    QString login;
    Role role = Role::Admin;
    QString unitCode;
};

// An indicator's state in one month and the transition that made it.
struct ApprovalRecord
{
    ApprovalState state = ApprovalState::Open;
    QString actedBy; // empty while open
    QDateTime actedAt;
    QString reason; // of a return or a reopening

    friend bool operator==(const ApprovalRecord &, const ApprovalRecord &) = default;
};

// One indicator's place in a month's cycle: who reports it and its state.
struct MonthApproval
{
    QString indicatorCode;
    QString unitCode; // empty: no unit is responsible
    ApprovalRecord record;

    friend bool operator==(const MonthApproval &, const MonthApproval &) = default;
};

// One transition as the log keeps it.
struct ApprovalLogEntry
{
    QString indicatorCode;
    int year = 0;
    int month = 0;
    ApprovalAction action = ApprovalAction::Submit;
    ApprovalState from = ApprovalState::Open;
    ApprovalState to = ApprovalState::Submitted;
    QString actedBy;
    QDateTime actedAt;
    QString reason;
};

// Codes as stored ("open", "submit", "clerk" …) and their reading back.
QString toCode(ApprovalState state);
QString toCode(ApprovalAction action);
QString toCode(Role role);
std::optional<ApprovalState> approvalStateFromCode(const QString &code);
std::optional<ApprovalAction> approvalActionFromCode(const QString &code);
std::optional<Role> roleFromCode(const QString &code);

// Words in the UI language.
class ApprovalText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ApprovalText)

public:
    static QString state(ApprovalState state);
    static QString action(ApprovalAction action);
    static QString role(Role role);
};

} // namespace zhibiao
