// Two users changing the same cell: the second write does not silently
// replace the first. Against both engines: two open databases on one
// file, or two connections to one server database.
#include "core/editing/figurechange.h"
#include "core/editing/figureconflict.h"
#include "core/storage/workspace.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const EntryKey gdpMarch{u"gdp"_s, 2022, 3};

EntryStamp stamp(const QString &login, int minute)
{
    return EntryStamp{{}, login, QDateTime(QDate(2022, 4, 20), QTime(10, minute), Qt::UTC)};
}

FigureChange ytd(std::optional<double> before, std::optional<double> after)
{
    return FigureChange{gdpMarch, EntryField::YtdValue, before, after, {}};
}

} // namespace

TEST_CASE("A figure changed by someone else since it was seen is not replaced; both figures are told",
          "[storage][conflict]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> wang = place.open();
    Workspace liu(place.location());
    writeFigureChanges(wang->entries(), {ytd(std::nullopt, 41000.0)}, ChangeDirection::Apply, stamp(u"wang"_s, 0));

    // Both see 41,000; liu stores 41,200 first, then wang types 41,300.
    writeFigureChanges(liu.entries(), {ytd(41000.0, 41200.0)}, ChangeDirection::Apply, stamp(u"liu"_s, 2));
    try {
        writeFigureChanges(wang->entries(), {ytd(41000.0, 41300.0)}, ChangeDirection::Apply, stamp(u"wang"_s, 3));
        FAIL("wang's figure replaced liu's");
    } catch (const FigureConflictError &error) {
        REQUIRE(error.conflicts().size() == 1);
        const FigureConflict &conflict = error.conflicts().first();
        CHECK(conflict.key == gdpMarch);
        CHECK(conflict.seen == 41000.0);
        CHECK(conflict.theirs == 41200.0);
        CHECK(conflict.theirLogin == u"liu"_s);
        CHECK(conflict.theirTime == stamp(u"liu"_s, 2).enteredAt);
        CHECK(conflict.yours == 41300.0);
        CHECK(error.message().contains(u"liu"_s));
    }
    // Nothing of wang's was stored: liu's figure is the latest, once.
    CHECK(wang->entries().latest(gdpMarch)->ytdValue == 41200.0);
    CHECK(wang->entries().history(gdpMarch).size() == 2);

    // Wang chooses to store his over liu's: his change now starts from 41,200.
    writeFigureChanges(wang->entries(), {ytd(41200.0, 41300.0)}, ChangeDirection::Apply, stamp(u"wang"_s, 4));
    CHECK(liu.entries().latest(gdpMarch)->ytdValue == 41300.0);
    CHECK(liu.entries().latest(gdpMarch)->enteredBy == u"wang"_s);
}

TEST_CASE("Undoing a change that someone else has changed since is refused, not silently done",
          "[storage][conflict]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> wang = place.open();
    Workspace liu(place.location());
    const FigureChange wangs = ytd(std::nullopt, 41000.0);
    writeFigureChanges(wang->entries(), {wangs}, ChangeDirection::Apply, stamp(u"wang"_s, 0));
    writeFigureChanges(liu.entries(), {ytd(41000.0, 41500.0)}, ChangeDirection::Apply, stamp(u"liu"_s, 1));
    CHECK_THROWS_AS(writeFigureChanges(wang->entries(), {wangs}, ChangeDirection::Revert, stamp(u"wang"_s, 2)),
                    FigureConflictError);
    CHECK(liu.entries().latest(gdpMarch)->ytdValue == 41500.0);
}

TEST_CASE("Changes to other fields or cells of a batch are not held up by nobody's conflict",
          "[storage][conflict]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> wang = place.open();
    Workspace liu(place.location());
    writeFigureChanges(wang->entries(), {ytd(std::nullopt, 41000.0)}, ChangeDirection::Apply, stamp(u"wang"_s, 0));
    // Liu corrects the growth rate; wang the YTD value of the same cell.
    writeFigureChanges(liu.entries(), {FigureChange{gdpMarch, EntryField::PublishedGrowth, std::nullopt, 8.1, {}}},
                       ChangeDirection::Apply, stamp(u"liu"_s, 1));
    writeFigureChanges(wang->entries(), {ytd(41000.0, 41300.0)}, ChangeDirection::Apply, stamp(u"wang"_s, 2));
    const Entry latest = *liu.entries().latest(gdpMarch);
    CHECK(latest.ytdValue == 41300.0);
    CHECK(latest.publishedGrowth == 8.1);

    // A batch with one conflicting cell stores none of its cells.
    const FigureChange otherCell{{u"gdp"_s, 2022, 6}, EntryField::YtdValue, std::nullopt, 84000.0, {}};
    CHECK_THROWS_AS(writeFigureChanges(wang->entries(), {otherCell, ytd(41000.0, 41400.0)}, ChangeDirection::Apply,
                                       stamp(u"wang"_s, 3)),
                    FigureConflictError);
    CHECK_FALSE(liu.entries().latest(otherCell.key));
}
