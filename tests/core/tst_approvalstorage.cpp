// The monthly cycle as stored, on a file and on a server: the bureaus a
// new database knows, each transition kept with who, when and why, a
// refused one changing nothing, and an approved month's figures locked
// both by the gateway (naming the cells) and by the database itself.
#include "core/approval/approvalrules.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/databaseengine.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testserver.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const Approver admin{u"zhangwei"_s, Role::Admin, {}};
const Approver reviewer{u"tongjiju"_s, Role::Reviewer, {}};
const Approver financeClerk{u"caizhengju"_s, Role::Clerk, u"finance"_s};

const QDateTime at = QDateTime(QDate(2022, 7, 12), QTime(9, 30), QTimeZone::utc());

ApprovalState stateOf(Workspace &workspace, const QString &code, int month)
{
    for (const MonthApproval &row : workspace.approvals().month(2022, month)) {
        if (row.indicatorCode == code)
            return row.record.state;
    }
    FAIL("no row for " << code.toStdString());
    return ApprovalState::Open;
}

QString refusalOf(const std::function<void()> &act)
{
    try {
        act();
    } catch (const StorageError &error) {
        return error.message();
    }
    return {};
}

} // namespace

TEST_CASE("A new database knows the six bureaus and which reports each indicator, from its year on",
          "[storage][approval]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    ApprovalRepository &approvals = opened->approvals();
    const QList<ResponsibleUnit> units = approvals.units();
    REQUIRE(units.size() == 6);
    CHECK(units.first().nameZh == u"统计局"_s);
    CHECK(units.at(1).nameZh == u"财政局"_s);
    const std::map<QString, QString> reporting = approvals.responsibilities(2022);
    CHECK(reporting.size() == 13);
    CHECK(reporting.at(u"budget_revenue"_s) == u"finance"_s);
    CHECK(reporting.at(u"unemployment"_s) == u"hr"_s);
    CHECK(reporting.at(u"gdp"_s) == u"statistics"_s);
    CHECK(reporting.at(u"pm25"_s) == u"ecology"_s);
    // An assignment holds until changed, and not before its year.
    CHECK(approvals.responsibilities(2023) == reporting);
    CHECK(approvals.responsibilities(2021).empty());
    approvals.setResponsible(u"grain"_s, 2023, u"development"_s);
    CHECK(approvals.responsibilities(2022).at(u"grain"_s) == u"agriculture"_s);
    CHECK(approvals.responsibilities(2024).at(u"grain"_s) == u"development"_s);
    CHECK_THROWS_AS(approvals.setResponsible(u"grain"_s, 2023, u"nobody"_s), StorageError);
}

TEST_CASE("A month goes through the cycle and every transition is kept with who, when and why",
          "[storage][approval]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    ApprovalRepository &approvals = workspace.approvals();
    workspace.entries().record(test::figure(u"budget_revenue"_s, 2022, 6, 3.21));

    // June: the quarterly GDP is reported; May has no GDP to act on.
    CHECK(stateOf(workspace, u"gdp"_s, 6) == ApprovalState::Open);
    const QList<MonthApproval> may = approvals.month(2022, 5);
    CHECK(std::ranges::find(may, u"gdp"_s, &MonthApproval::indicatorCode) == may.end());

    const QList<MonthApproval> submitted =
        approvals.act(financeClerk, ApprovalAction::Submit, 2022, 6, {u"budget_revenue"_s}, {}, at);
    REQUIRE(submitted.size() == 1);
    CHECK(submitted.first().record == ApprovalRecord{ApprovalState::Submitted, u"caizhengju"_s, at, {}});
    approvals.act(reviewer, ApprovalAction::Return, 2022, 6, {u"budget_revenue"_s}, u"与财政快报不一致"_s, at);
    CHECK(stateOf(workspace, u"budget_revenue"_s, 6) == ApprovalState::Returned);
    approvals.act(financeClerk, ApprovalAction::Submit, 2022, 6, {u"budget_revenue"_s}, {}, at.addSecs(60));
    approvals.act(reviewer, ApprovalAction::Approve, 2022, 6, {u"budget_revenue"_s}, {}, at.addSecs(120));
    CHECK(stateOf(workspace, u"budget_revenue"_s, 6) == ApprovalState::Approved);

    const QList<ApprovalLogEntry> log = approvals.log(2022, 6);
    REQUIRE(log.size() == 4);
    CHECK(log.at(1).action == ApprovalAction::Return);
    CHECK(log.at(1).from == ApprovalState::Submitted);
    CHECK(log.at(1).to == ApprovalState::Returned);
    CHECK(log.at(1).actedBy == u"tongjiju"_s);
    CHECK(log.at(1).reason == u"与财政快报不一致"_s);
    CHECK(log.at(3).actedAt == at.addSecs(120));
    CHECK(approvals.log(2022, 6, u"gdp"_s).isEmpty());
    CHECK(approvals.log(2022, 6, u"budget_revenue"_s).size() == 4);
    CHECK(approvals.lockedMonths() == std::set<EntryKey>{EntryKey{u"budget_revenue"_s, 2022, 6}});

    // A reopening needs its reason; given, the month is open to entry again.
    CHECK_FALSE(refusalOf([&] { approvals.act(reviewer, ApprovalAction::Reopen, 2022, 6, {u"budget_revenue"_s}, {}); })
                    .isEmpty());
    CHECK(stateOf(workspace, u"budget_revenue"_s, 6) == ApprovalState::Approved);
    approvals.act(reviewer, ApprovalAction::Reopen, 2022, 6, {u"budget_revenue"_s}, u"市局修订"_s, at.addSecs(180));
    CHECK(approvals.lockedMonths().empty());
    workspace.entries().record(test::figure(u"budget_revenue"_s, 2022, 6, 3.25));
    CHECK(approvals.log(2022, 6).size() == 5);
}

TEST_CASE("A transition someone may not make is refused as a whole, naming each indicator", "[storage][approval]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    ApprovalRepository &approvals = workspace.approvals();

    // The finance clerk's own indicator with the statistics bureau's: neither is submitted.
    const QString refused = refusalOf([&] {
        approvals.act(financeClerk, ApprovalAction::Submit, 2022, 6, {u"budget_revenue"_s, u"gdp"_s}, {}, at);
    });
    CHECK(refused.contains(u"Statistics Bureau"_s));
    CHECK(refused.contains(u"Nothing was changed."_s));
    CHECK(stateOf(workspace, u"budget_revenue"_s, 6) == ApprovalState::Open);
    CHECK(approvals.log(2022, 6).isEmpty());
    // A clerk does not approve, a viewer does nothing, a name must exist.
    approvals.act(financeClerk, ApprovalAction::Submit, 2022, 6, {u"budget_revenue"_s}, {}, at);
    CHECK_FALSE(refusalOf([&] {
                    approvals.act(financeClerk, ApprovalAction::Approve, 2022, 6, {u"budget_revenue"_s}, {}, at);
                }).isEmpty());
    CHECK_FALSE(refusalOf([&] {
                    approvals.act(Approver{u"kan"_s, Role::Viewer, {}}, ApprovalAction::Approve, 2022, 6,
                                  {u"budget_revenue"_s}, {}, at);
                }).isEmpty());
    CHECK(refusalOf([&] { approvals.act(reviewer, ApprovalAction::Approve, 2022, 6, {u"gdpp"_s}, {}, at); })
              .contains(u"gdpp"_s));
    CHECK(stateOf(workspace, u"budget_revenue"_s, 6) == ApprovalState::Submitted);

    // None named: all of the person's that wait for the action.
    const QList<MonthApproval> clerks = approvals.act(financeClerk, ApprovalAction::Submit, 2022, 7, {}, {}, at);
    REQUIRE(clerks.size() == 1);
    CHECK(clerks.first().indicatorCode == u"budget_revenue"_s);
    const QList<MonthApproval> approved = approvals.act(admin, ApprovalAction::Approve, 2022, 6, {}, {}, at);
    REQUIRE(approved.size() == 1);
    CHECK(approved.first().indicatorCode == u"budget_revenue"_s);
    CHECK_FALSE(refusalOf([&] { approvals.act(admin, ApprovalAction::Approve, 2022, 6, {}, {}, at); }).isEmpty());
}

TEST_CASE("Figures of an approved month are refused as a whole with the cells named, by the gateway and the database",
          "[storage][approval]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    workspace.entries().record(test::figure(u"budget_revenue"_s, 2022, 6, 3.21));
    workspace.approvals().act(admin, ApprovalAction::Submit, 2022, 6, {u"budget_revenue"_s}, {}, at);
    workspace.approvals().act(admin, ApprovalAction::Approve, 2022, 6, {u"budget_revenue"_s}, {}, at);

    // An import touching the locked month and an open one stores neither.
    const QList<Entry> batch = {test::figure(u"retail_sales"_s, 2022, 6, 40.0),
                                test::figure(u"budget_revenue"_s, 2022, 6, 9.99)};
    try {
        workspace.entries().recordAll(batch);
        FAIL("an approved month's figure was stored");
    } catch (const StorageError &error) {
        CHECK(error.code() == StorageError::Code::Locked);
        CHECK(error.message().contains(u"budget revenue"_s, Qt::CaseInsensitive));
        CHECK(error.message().contains(u"2022"_s));
        CHECK_FALSE(error.message().contains(u"retail"_s, Qt::CaseInsensitive));
    }
    CHECK(workspace.entries().latest(EntryKey{u"budget_revenue"_s, 2022, 6})->ytdValue == 3.21);
    CHECK_FALSE(workspace.entries().latest(EntryKey{u"retail_sales"_s, 2022, 6}));

    // Past the gateway (as psql would write), the database's own lock refuses it.
    const Entry sneaked = test::figure(u"budget_revenue"_s, 2022, 6, 9.99);
    try {
        Transaction transaction(workspace.database());
        workspace.database().engine().insertRevisions(workspace.database().connection(), QList<const Entry *>{&sneaked});
        transaction.commit();
        FAIL("the database stored an approved month's figure");
    } catch (const StorageError &error) {
        CHECK(error.code() == StorageError::Code::Locked);
    }
    CHECK(workspace.entries().latest(EntryKey{u"budget_revenue"_s, 2022, 6})->ytdValue == 3.21);

    // The grid marks the locked cell and says why; the month before is open.
    EntryGridModel grid(workspace.entries());
    grid.setIndicators(workspace.indicators().all());
    grid.setYear(2022);
    const QModelIndex june = grid.indexOf(EntryKey{u"budget_revenue"_s, 2022, 6}, EntryField::YtdValue);
    const QModelIndex may = grid.indexOf(EntryKey{u"budget_revenue"_s, 2022, 5}, EntryField::YtdValue);
    REQUIRE(june.isValid());
    CHECK(june.data(EntryGridModel::LockedRole).toBool());
    CHECK(june.data(Qt::ToolTipRole).toString().contains(u"locked"_s));
    CHECK_FALSE(may.data(EntryGridModel::LockedRole).toBool());
    // Reopened, the lock goes at the next reading.
    workspace.approvals().act(admin, ApprovalAction::Reopen, 2022, 6, {u"budget_revenue"_s}, u"市局修订"_s, at);
    grid.refreshAll();
    CHECK_FALSE(june.data(EntryGridModel::LockedRole).toBool());
}

TEST_CASE("A month's closing date is stored, replaced and removed", "[storage][approval]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    ApprovalRepository &approvals = opened->approvals();
    CHECK_FALSE(approvals.closingDate(2022, 6));
    approvals.setClosingDate(2022, 6, QDate(2022, 7, 10));
    approvals.setClosingDate(2022, 6, QDate(2022, 7, 12));
    CHECK(approvals.closingDate(2022, 6) == QDate(2022, 7, 12));
    CHECK_FALSE(approvals.closingDate(2022, 7));
    approvals.setClosingDate(2022, 6, std::nullopt);
    CHECK_FALSE(approvals.closingDate(2022, 6));
}
