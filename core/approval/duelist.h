#pragma once

#include "core/domain/approval.h"

#include <QDate>
#include <QList>

#include <optional>

namespace zhibiao {

// What is still due in a month (DHIS2's reporting-rate summary): each
// indicator's state, whether it is late against the month's closing date,
// and the counts. Computed here once; the screen and `zhibiao approval`
// read it.
struct DueList
{
    struct Row
    {
        MonthApproval approval;
        // Past the closing date and not yet with the reviewer or approved.
        bool late = false;
    };

    QList<Row> rows; // the first unit's rows first, then in the order given
    int open = 0;    // open, returned and reopened: with the clerks
    int submitted = 0;
    int approved = 0;
    int returned = 0; // of the open ones: sent back with a reason
    int late = 0;

    int total() const { return int(rows.size()); }
    // Submitted or approved, of all: what the city calls 上报率.
    double reportedShare() const { return rows.isEmpty() ? 0 : double(submitted + approved) / double(total()); }

    // The month's rows as ApprovalRepository::month() gives them, the
    // month's closing date (none: never late) and today; firstUnit's rows
    // (a clerk's own unit) come first.
    static DueList of(const QList<MonthApproval> &month, const std::optional<QDate> &closesOn, const QDate &today,
                      const QString &firstUnit = {});
};

} // namespace zhibiao
