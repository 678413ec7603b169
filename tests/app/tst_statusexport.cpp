// `zhibiao export` through the real executable in the Chinese UI: the
// status section's warning light, its threshold and the district's rank in
// the city's table, as a user opening the CSV in WPS reads them. The
// numbers are worked out from tests/data/city beside each check.
#include "core/domain/entry.h"
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Entry growth(const QString &code, int month, double value)
{
    return Entry{{code, 2022, month}, std::nullopt, std::nullopt, value, {}, u"区统计局"_s, u"zhang"_s,
                 QDateTime(QDate(2022, 7, 15), QTime(9, 0), Qt::UTC)};
}

} // namespace

TEST_CASE("zhibiao export in Chinese states each light and the rank in the city's table", "[cli][export][lights][city]")
{
    const test::TestFolder folder;
    const QString db = folder.path(u"district.sqlite"_s);
    {
        // 1-6月 as the city's table has the district: GDP 5.3%, industry 12.5%.
        Workspace workspace(db);
        workspace.entries().recordAll({growth(u"gdp"_s, 6, 5.3), growth(u"industry_va"_s, 6, 12.5)});
    }
    const QString table = QStringLiteral(ZHIBIAO_TEST_DATA) + u"/city/zhuzhou-2022-h1-units-as-rows.csv"_s;
    REQUIRE(test::runZhibiaoCli({u"import"_s, u"--db"_s, db, table}).exitCode == 0);

    const QString out = folder.path(u"status.csv"_s);
    const test::CliRun run =
        test::runZhibiaoCli({u"export"_s, u"--db"_s, db, u"--year"_s, u"2022"_s, u"-o"_s, out}, u"zh_CN.UTF-8"_s);
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = QString::fromUtf8(test::fileBytes(out).sliced(3)).split(u"\r\n"_s);
    INFO(lines.join(u'\n').toStdString());

    CHECK(std::ranges::any_of(lines, [](const QString &line) {
        return line.endsWith(u",预警灯,黄灯阈值,全市位次,参与排名单位数,与全市差距（百分点）,全市对比期间"_s);
    }));
    // GDP 5.3 against 8.5 is 3.2 behind: red. In the city 醴陵 5.9 and 天元
    // 5.6 are ahead: third of 9; 5.3 − the city's 5.1 = +0.2 points.
    const auto gdp = std::ranges::find_if(lines, [](const QString &line) { return line.startsWith(u"1,GDP,"_s); });
    REQUIRE(gdp != lines.end());
    CHECK(gdp->endsWith(u",■ 红灯,黄灯：落后不超过1个百分点,3,9,0.2,1-6月"_s));
    // Industry 12.5 meets 12: green. 天元 13.0 is ahead: second of 9;
    // 12.5 − 11.6 = +0.9 points.
    const auto industry = std::ranges::find_if(lines, [](const QString &line) { return line.startsWith(u"2,"_s); });
    REQUIRE(industry != lines.end());
    CHECK(industry->endsWith(u",● 绿灯,黄灯：落后不超过1个百分点,2,9,0.9,1-6月"_s));
    // Fixed-asset investment has no figure of the district's: grey, yet the
    // city's table ranks it (11.0: third of 9, 11.0 − 10.2 = +0.8).
    const auto fai = std::ranges::find_if(lines, [](const QString &line) { return line.startsWith(u"3,"_s); });
    REQUIRE(fai != lines.end());
    CHECK(fai->contains(u",○ 灰灯,"_s));
}
