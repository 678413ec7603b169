#include "core/approval/duelist.h"

#include "core/approval/approvalrules.h"

#include <algorithm>

namespace zhibiao {

DueList DueList::of(const QList<MonthApproval> &month, const std::optional<QDate> &closesOn, const QDate &today,
                    const QString &firstUnit)
{
    DueList list;
    const bool closed = closesOn && ApprovalRules::isPastClosingDate(*closesOn, today);
    for (const MonthApproval &approval : month) {
        const ApprovalState state = approval.record.state;
        const bool withClerks = state == ApprovalState::Open || state == ApprovalState::Returned
                                || state == ApprovalState::Reopened;
        const Row row{approval, closed && withClerks};
        list.rows.append(row);
        list.open += withClerks ? 1 : 0;
        list.submitted += state == ApprovalState::Submitted ? 1 : 0;
        list.approved += state == ApprovalState::Approved ? 1 : 0;
        list.returned += state == ApprovalState::Returned ? 1 : 0;
        list.late += row.late ? 1 : 0;
    }
    if (!firstUnit.isEmpty())
        std::stable_partition(list.rows.begin(), list.rows.end(), [&firstUnit](const Row &row) {
            return row.approval.unitCode == firstUnit;
        });
    return list;
}

} // namespace zhibiao
