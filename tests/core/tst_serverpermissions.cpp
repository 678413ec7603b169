// Who may do what on a server, enforced by the server itself: each person
// connects as their own PostgreSQL role, and the schema's grants and
// row-level security (forced on the owner too) refuse what their role may
// not do, to Zhibiao and to plain SQL alike.
#include "core/models/entrygridmodel.h"
#include "core/storage/peoplerepository.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testserver.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const QDateTime at = QDateTime(QDate(2022, 7, 12), QTime(9, 30), QTimeZone::utc());

// A seeded server database with a finance clerk, a statistics reviewer and
// a viewer, each their own login (named after the database: logins are the
// whole server's, and tests run side by side).
struct Office
{
    test::ServerDatabase server;
    std::unique_ptr<Workspace> owner;
    QString clerk = server.name() + u"_caiwu"_s;
    QString reviewer = server.name() + u"_tongji"_s;
    QString viewer = server.name() + u"_lingdao"_s;

    Office()
        : owner(std::make_unique<Workspace>(server.location(), bundledSeed, 3, Database::SchemaChanges::Allowed))
    {
        PeopleRepository people(owner->database());
        people.add(Person{clerk, Role::Clerk, u"finance"_s});
        people.add(Person{reviewer, Role::Reviewer, {}});
        people.add(Person{viewer, Role::Viewer, {}});
    }

    // Plain SQL as login, as psql would send it.
    test::SqlOutcome as(const QString &login, const QString &sql) const
    {
        return test::onServerAs(login, server.name(), sql);
    }

    // Zhibiao itself, connecting as login.
    std::unique_ptr<Workspace> openAs(const QString &login) const
    {
        ServerAddress address = test::testServer(server.name());
        address.user = login;
        return std::make_unique<Workspace>(DatabaseLocation::server(address));
    }

    QVariant count(const QString &sql) const { return test::onServer(server.name(), sql); }
};

// A revision of indicator code for 2022-month in a change set of its own,
// in one statement.
QString revisionInsert(const QString &code, int month, double value, const QString &login)
{
    return uR"(WITH stamp AS (INSERT INTO change_sets (source, entered_by, entered_at)
                              VALUES ('psql', '%4', '2022-07-01T08:00:00Z') RETURNING id)
               INSERT INTO entry_revisions (indicator, year, month, ytd_value, change_set)
               SELECT i.id, 2022, %2, %3, stamp.id FROM indicators AS i, stamp WHERE i.code = '%1')"_s
        .arg(code)
        .arg(month)
        .arg(value)
        .arg(login);
}

QString stateInsert(const QString &code, int month, const QString &state, const QString &login)
{
    return uR"(INSERT INTO approval_states (indicator, year, month, state, acted_by, acted_at)
               SELECT id, 2022, %2, '%3', '%4', '2022-07-12T09:30:00Z' FROM indicators WHERE code = '%1')"_s
        .arg(code)
        .arg(month)
        .arg(state, login);
}

QString stateOf(const Office &office, const QString &code, int month)
{
    return office
        .count(uR"(SELECT coalesce((SELECT s.state FROM approval_states AS s JOIN indicators AS i ON i.id = s.indicator
                                    WHERE i.code = '%1' AND s.year = 2022 AND s.month = %2), 'open'))"_s
                   .arg(code)
                   .arg(month))
        .toString();
}

qint64 revisionsOf(const Office &office, const QString &code)
{
    return office
        .count(uR"(SELECT count(*) FROM entry_revisions AS r JOIN indicators AS i ON i.id = r.indicator
                   WHERE i.code = '%1')"_s.arg(code))
        .toLongLong();
}

} // namespace

TEST_CASE("A clerk connecting with plain SQL writes their own unit's figures and nothing else", "[server][permissions]")
{
    const Office office;
    const qint64 gdpBefore = revisionsOf(office, u"gdp"_s);

    // Their own unit's figure goes in; the statistics bureau's does not.
    const test::SqlOutcome own = office.as(office.clerk, revisionInsert(u"budget_revenue"_s, 6, 3.21, office.clerk));
    INFO(own.problem.toStdString());
    CHECK(own.ran);
    CHECK(revisionsOf(office, u"budget_revenue"_s) == 1);
    const test::SqlOutcome other = office.as(office.clerk, revisionInsert(u"gdp"_s, 6, 99.0, office.clerk));
    CHECK_FALSE(other.ran);
    CHECK(other.problem.contains(u"row-level security"_s));
    CHECK(revisionsOf(office, u"gdp"_s) == gdpBefore);

    // Approving, or setting any state but a submission of their own unit's,
    // is refused; so is a submission in someone else's name.
    CHECK_FALSE(office.as(office.clerk, stateInsert(u"budget_revenue"_s, 6, u"approved"_s, office.clerk)).ran);
    CHECK_FALSE(office.as(office.clerk, stateInsert(u"gdp"_s, 6, u"submitted"_s, office.clerk)).ran);
    CHECK_FALSE(office.as(office.clerk, stateInsert(u"budget_revenue"_s, 6, u"submitted"_s, office.reviewer)).ran);
    CHECK(stateOf(office, u"budget_revenue"_s, 6) == u"open"_s);
    CHECK(office.as(office.clerk, stateInsert(u"budget_revenue"_s, 6, u"submitted"_s, office.clerk)).ran);
    CHECK(stateOf(office, u"budget_revenue"_s, 6) == u"submitted"_s);
    // A submitted month is not theirs to approve: the row is not theirs to change.
    const test::SqlOutcome approve = office.as(office.clerk, u"UPDATE approval_states SET state = 'approved'"_s);
    CHECK(approve.rowsAffected == 0);
    CHECK(stateOf(office, u"budget_revenue"_s, 6) == u"submitted"_s);

    // The lock: approved by the reviewer, it stays approved whatever the clerk sends.
    CHECK(office.as(office.reviewer, uR"(UPDATE approval_states SET state = 'approved', acted_by = '%1')"_s.arg(
                                         office.reviewer))
              .ran);
    REQUIRE(stateOf(office, u"budget_revenue"_s, 6) == u"approved"_s);
    CHECK(office.as(office.clerk, u"UPDATE approval_states SET state = 'reopened'"_s).rowsAffected == 0);
    CHECK_FALSE(office.as(office.clerk, u"DELETE FROM approval_states"_s).ran);
    CHECK_FALSE(office.as(office.clerk, u"INSERT INTO closing_dates VALUES (2022, 6, '2099-01-01')"_s).ran);
    CHECK_FALSE(office.as(office.clerk, revisionInsert(u"budget_revenue"_s, 6, 9.99, office.clerk)).ran);
    CHECK(stateOf(office, u"budget_revenue"_s, 6) == u"approved"_s);
    CHECK(revisionsOf(office, u"budget_revenue"_s) == 1);

    // Nor the rest: the log, the targets, the people.
    CHECK_FALSE(office.as(office.clerk, u"DELETE FROM approval_log"_s).ran);
    CHECK_FALSE(office.as(office.clerk, u"UPDATE targets SET year = 2023"_s).ran);
    CHECK_FALSE(office.as(office.clerk, u"UPDATE people SET role = 'admin'"_s).ran);
    CHECK_FALSE(office.as(office.clerk, u"TRUNCATE entry_revisions"_s).ran);
    CHECK(office.count(u"SELECT role FROM people WHERE login = '%1'"_s.arg(office.clerk)).toString() == u"clerk"_s);
}

TEST_CASE("A viewer reads and changes nothing; a reviewer acts in their own name only", "[server][permissions]")
{
    const Office office;
    CHECK(office.as(office.viewer, u"SELECT count(*) FROM targets"_s).value.toInt() > 0);
    CHECK_FALSE(office.as(office.viewer, revisionInsert(u"budget_revenue"_s, 6, 3.21, office.viewer)).ran);
    CHECK_FALSE(office.as(office.viewer, stateInsert(u"gdp"_s, 6, u"submitted"_s, office.viewer)).ran);
    CHECK(revisionsOf(office, u"budget_revenue"_s) == 0);

    // The statistics bureau enters any unit's figures and approves any.
    CHECK(office.as(office.reviewer, revisionInsert(u"budget_revenue"_s, 6, 3.21, office.reviewer)).ran);
    CHECK_FALSE(office.as(office.reviewer, stateInsert(u"gdp"_s, 6, u"approved"_s, office.clerk)).ran);
    CHECK(office.as(office.reviewer, stateInsert(u"gdp"_s, 6, u"approved"_s, office.reviewer)).ran);
    // But manages no targets, units or people.
    CHECK_FALSE(office.as(office.reviewer, u"UPDATE targets SET year = 2023"_s).ran);
    CHECK_FALSE(office.as(office.reviewer, u"INSERT INTO people VALUES ('x', 'admin', NULL)"_s).ran);
}

TEST_CASE("After a month's closing date a clerk's entry waits for the reviewer to give the month back",
          "[server][permissions]")
{
    const Office office;
    office.count(u"INSERT INTO closing_dates VALUES (2022, 6, '2022-07-10')"_s);
    CHECK_FALSE(office.as(office.clerk, revisionInsert(u"budget_revenue"_s, 6, 3.21, office.clerk)).ran);
    // Another month, without a closing date, is open.
    CHECK(office.as(office.clerk, revisionInsert(u"budget_revenue"_s, 5, 2.80, office.clerk)).ran);
    // A late submission is still a submission; returned, the month is the unit's again.
    CHECK(office.as(office.clerk, stateInsert(u"budget_revenue"_s, 6, u"submitted"_s, office.clerk)).ran);
    CHECK(office.as(office.reviewer, uR"(UPDATE approval_states SET state = 'returned', acted_by = '%1',
                                         reason = '请补报')"_s.arg(office.reviewer))
              .ran);
    CHECK(office.as(office.clerk, revisionInsert(u"budget_revenue"_s, 6, 3.21, office.clerk)).ran);
    CHECK(revisionsOf(office, u"budget_revenue"_s) == 2);
}

TEST_CASE("Zhibiao connecting as the clerk: the clerk's role, their own submissions, and a large import checked "
          "row by row",
          "[server][permissions]")
{
    const Office office;
    const std::unique_ptr<Workspace> clerk = office.openAs(office.clerk);
    const Approver who = clerk->approvals().currentApprover();
    CHECK(who.login == office.clerk);
    CHECK(who.role == Role::Clerk);
    CHECK(who.unitCode == u"finance"_s);
    CHECK(office.openAs(office.viewer)->approvals().currentApprover().role == Role::Viewer);

    clerk->entries().record(test::figure(u"budget_revenue"_s, 2022, 6, 3.21));
    clerk->approvals().act(who, ApprovalAction::Submit, 2022, 6, {u"budget_revenue"_s}, {}, at);
    CHECK(stateOf(office, u"budget_revenue"_s, 6) == u"submitted"_s);

    // More figures than one statement holds go by COPY, staged and then
    // inserted under the policies: the clerk's own go in ...
    QList<Entry> own;
    for (int year = 2023; year < 2023 + 100; ++year) {
        for (int month = 1; month <= 12; ++month)
            own.append(test::figure(u"budget_revenue"_s, year, month, year + month / 100.0));
    }
    clerk->entries().recordAll(own);
    CHECK(revisionsOf(office, u"budget_revenue"_s) == 1 + own.size());
    CHECK(clerk->entries().latest(EntryKey{u"budget_revenue"_s, 2100, 7})->ytdValue == 2100.07);

    // ... and one of another unit's among them stops the whole import.
    QList<Entry> mixed = own;
    mixed.append(test::figure(u"gdp"_s, 2022, 6, 99.0));
    const qint64 gdpBefore = revisionsOf(office, u"gdp"_s);
    try {
        clerk->entries().recordAll(mixed);
        FAIL("another unit's figure was stored");
    } catch (const StorageError &error) {
        // Refused by Zhibiao first, naming the cell, before the server would.
        CHECK(error.code() == StorageError::Code::AccessDenied);
        INFO(error.message().toStdString());
        CHECK(error.message().contains(u"of other units' indicators: Gross domestic product"_s));
        CHECK(error.message().contains(u"2022"_s));
    }
    CHECK(revisionsOf(office, u"budget_revenue"_s) == 1 + own.size());
    CHECK(revisionsOf(office, u"gdp"_s) == gdpBefore);

    // The grid marks what the clerk may not write and says why.
    EntryGridModel grid(clerk->entries());
    grid.setIndicators(clerk->indicators().all());
    grid.setYear(2022);
    const QModelIndex gdp = grid.indexOf(EntryKey{u"gdp"_s, 2022, 6}, EntryField::PublishedGrowth);
    const QModelIndex revenue = grid.indexOf(EntryKey{u"budget_revenue"_s, 2022, 5}, EntryField::YtdValue);
    REQUIRE(gdp.isValid());
    CHECK(gdp.data(EntryGridModel::LockedRole).toBool());
    CHECK(gdp.data(Qt::ToolTipRole).toString().contains(u"Another unit reports this figure"_s));
    CHECK_FALSE(revenue.data(EntryGridModel::LockedRole).toBool());

    // Past the closing date the clerk's entry is refused, by Zhibiao and
    // by the server alike, until the month is given back.
    office.owner->approvals().setClosingDate(2022, 5, QDate(2022, 6, 10));
    try {
        clerk->entries().record(test::figure(u"budget_revenue"_s, 2022, 5, 2.5));
        FAIL("a figure past the closing date was stored");
    } catch (const StorageError &error) {
        CHECK(error.code() == StorageError::Code::Locked);
        CHECK(error.message().contains(u"past their closing date"_s));
    }
    const Approver reviewer{office.reviewer, Role::Reviewer, {}};
    const std::unique_ptr<Workspace> statistics = office.openAs(office.reviewer);
    statistics->approvals().act(reviewer, ApprovalAction::Reopen, 2022, 5, {u"budget_revenue"_s}, u"补报"_s, at);
    clerk->entries().record(test::figure(u"budget_revenue"_s, 2022, 5, 2.5));
    CHECK(clerk->entries().latest(EntryKey{u"budget_revenue"_s, 2022, 5})->ytdValue == 2.5);
}

TEST_CASE("People are added with their role's privileges, listed, changed and removed", "[server][permissions]")
{
    Office office;
    PeopleRepository people(office.owner->database());
    const QList<Person> all = people.all();
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).login == office.clerk);
    CHECK(all.at(0).role == Role::Clerk);
    CHECK(all.at(0).unitCode == u"finance"_s);
    CHECK(all.at(0).canLogIn);

    // A password goes to the server encrypted.
    people.add(Person{office.viewer, Role::Viewer, {}}, u"密码 secret"_s);
    CHECK(office.count(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(office.viewer))
              .toString()
              .startsWith(u"SCRAM-SHA-256$"_s));

    // The viewer made a reviewer may approve; removed, they read nothing.
    people.add(Person{office.viewer, Role::Reviewer, {}});
    CHECK(office.as(office.viewer, stateInsert(u"gdp"_s, 6, u"approved"_s, office.viewer)).ran);
    people.remove(office.viewer);
    CHECK(people.all().size() == 2);
    const test::SqlOutcome read = office.as(office.viewer, u"SELECT count(*) FROM targets"_s);
    CHECK_FALSE(read.ran);
    CHECK(read.problem.contains(u"permission denied"_s));

    // Refused, changing nothing: a clerk without a unit, an unknown unit,
    // the owner as a clerk, someone not there.
    CHECK_THROWS_AS(people.add(Person{u"someone"_s, Role::Clerk, {}}), StorageError);
    CHECK_THROWS_AS(people.add(Person{office.clerk, Role::Clerk, u"nowhere"_s}), StorageError);
    CHECK_THROWS_AS(people.add(Person{u"zhibiao_admin"_s, Role::Clerk, u"finance"_s}), StorageError);
    CHECK_THROWS_AS(people.remove(u"nobody_here"_s), StorageError);
    CHECK(people.all().size() == 2);
    CHECK(people.all().at(0).unitCode == u"finance"_s);
}
