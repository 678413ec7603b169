// What is still due in a month, counted by hand.
#include "core/approval/duelist.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

MonthApproval row(const QString &indicator, const QString &unit, ApprovalState state)
{
    return {indicator, unit, ApprovalRecord{state, state == ApprovalState::Open ? QString() : u"someone"_s, {}, {}}};
}

// Five indicators of June: two open, one returned, one submitted, one approved.
const QList<MonthApproval> june = {
    row(u"gdp"_s, u"statistics"_s, ApprovalState::Approved),
    row(u"industry_va"_s, u"statistics"_s, ApprovalState::Submitted),
    row(u"budget_revenue"_s, u"finance"_s, ApprovalState::Returned),
    row(u"unemployment"_s, u"hr"_s, ApprovalState::Open),
    row(u"grain"_s, u"agriculture"_s, ApprovalState::Open),
};

} // namespace

TEST_CASE("The due list counts a month's states and what is late against its closing date", "[approval]")
{
    const QDate closes(2022, 7, 10);
    SECTION("before and on the closing date nothing is late")
    {
        for (const QDate today : {QDate(2022, 7, 1), closes}) {
            const DueList list = DueList::of(june, closes, today);
            CHECK(list.total() == 5);
            CHECK(list.open == 3);
            CHECK(list.returned == 1);
            CHECK(list.submitted == 1);
            CHECK(list.approved == 1);
            CHECK(list.late == 0);
            // Submitted and approved: 2 of 5.
            CHECK(list.reportedShare() == Approx(0.4));
        }
    }
    SECTION("the day after, what is still with the clerks is late")
    {
        const DueList list = DueList::of(june, closes, closes.addDays(1));
        CHECK(list.late == 3);
        QStringList late;
        for (const DueList::Row &row : list.rows) {
            if (row.late)
                late.append(row.approval.indicatorCode);
        }
        CHECK(late == QStringList{u"budget_revenue"_s, u"unemployment"_s, u"grain"_s});
    }
    SECTION("a month without a closing date is never late")
    {
        CHECK(DueList::of(june, std::nullopt, QDate(2030, 1, 1)).late == 0);
    }
    SECTION("a clerk's own unit comes first, the rest in their order")
    {
        const DueList list = DueList::of(june, closes, closes, u"hr"_s);
        QStringList order;
        for (const DueList::Row &row : list.rows)
            order.append(row.approval.indicatorCode);
        CHECK(order == QStringList{u"unemployment"_s, u"gdp"_s, u"industry_va"_s, u"budget_revenue"_s, u"grain"_s});
    }
    SECTION("an empty month reports nothing")
    {
        const DueList list = DueList::of({}, closes, closes);
        CHECK(list.total() == 0);
        CHECK(list.reportedShare() == 0);
    }
}
