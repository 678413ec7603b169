#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QIcon>
#include <QImage>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

using Run = zhibiao::test::CliRun;
using zhibiao::test::runZhibiaoCli;

} // namespace

TEST_CASE("zhibiao --version works without a display", "[executable]")
{
    const Run run = runZhibiaoCli({u"--version"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"zhibiao "_s));
}

TEST_CASE("zhibiao --help works without a display, in the user's language", "[executable]")
{
    const Run english = runZhibiaoCli({u"--help"_s});
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(u"--db <DB>"_s));
    CHECK(english.out.contains(u"postgresql://"_s));
    const Run chinese = runZhibiaoCli({u"--help"_s}, u"zh_CN.UTF-8"_s);
    CHECK(chinese.exitCode == 0);
    CHECK(chinese.out.contains(u"数据库"_s));
}

TEST_CASE("Without a display the window command explains itself instead of crashing", "[executable]")
{
    zhibiao::test::TestFolder folder;
    const QString path = folder.path(u"never-created.sqlite"_s);
    const Run run = runZhibiaoCli({u"--db"_s, path});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"display"_s));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("An unknown command is a usage error", "[executable]")
{
    const Run run = runZhibiaoCli({u"launch-rockets"_s});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"launch-rockets"_s));
}

TEST_CASE("The program carries the icon its desktop entry names, and it draws", "[executable]")
{
    // The window's icon and the packaged one are the same file
    // (resources/packaging/), named by the application id.
    const QIcon icon(QStringLiteral(":/icons/" ZHIBIAO_APP_ID ".svg"));
    REQUIRE_FALSE(icon.isNull());
    const QImage image = icon.pixmap(64).toImage();
    REQUIRE(image.width() == 64);
    // The middle of the tile is painted; a missing SVG plugin gives nothing.
    CHECK(qAlpha(image.pixel(32, 32)) == 255);
    CHECK(qAlpha(image.pixel(0, 0)) == 0);
}
