// The district's settings (Edit → District settings…): stored whole in the
// one district row, read back by the next opening, on both engines, and
// what the PDF's title and the export read at once.
#include "core/report/summaryreport.h"
#include "core/storage/workspace.h"
#include "tests/support/testserver.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("District settings are stored and read back by the next opening", "[storage][district]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    // Quotes and a semicolon: bound values, never SQL text.
    const District changed{u"醴陵市'; DROP TABLE district; --"_s, u"Liling \"City\""_s, u"株洲市"_s, u"Zhuzhou"_s, 2024};
    {
        const std::unique_ptr<Workspace> opened = place.open();
        REQUIRE(opened->district().nameZh == u"渌口区"_s);
        opened->setDistrict(changed);
        CHECK(opened->district() == changed);
        CHECK(DistrictRepository(opened->database()).load() == changed);
    }
    const std::unique_ptr<Workspace> reopened = place.open();
    CHECK(reopened->district() == changed);
    CHECK_FALSE(reopened->wasSeeded());
}

TEST_CASE("The PDF summary's title names the district as just set", "[storage][district]")
{
    const test::TestDatabase place(Engine::Sqlite);
    const std::unique_ptr<Workspace> opened = place.open();
    District changed = opened->district();
    changed.nameZh = u"醴陵市"_s;
    changed.nameEn = u"Liling"_s;
    opened->setDistrict(changed);
    const SummaryReport report = SummaryReport::load(*opened, 2022, Period::yearEnd(), u"lukou.sqlite"_s,
                                                     QDateTime(QDate(2022, 7, 1), QTime(9, 0), Qt::UTC));
    CHECK(report.title().startsWith(changed.name()));
}

TEST_CASE("English names left empty fall back to the Chinese ones", "[storage][district]")
{
    const test::TestDatabase place(Engine::Sqlite);
    const std::unique_ptr<Workspace> opened = place.open();
    opened->setDistrict(District{u"醴陵市"_s, {}, u"株洲市"_s, {}, 2023});
    CHECK(opened->district().name() == u"醴陵市"_s);
    CHECK(opened->district().city() == u"株洲市"_s);
}
