// Start-up to a painted dashboard on a large database: 200 indicators with
// a target each, monthly figures for 10 years plus the year before
// (26,400 entries). Measures what the user waits for between the program
// having its QApplication and the first paint of the main window: opening
// the file, reading the year, judging its 200 targets at every quarter and
// month, building the tiles, and painting. The same on a server database
// (issue 16), hidden from a plain run since it starts a PostgreSQL.
#include "app/dashboard/dashboardview.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "bench/firstpaint.h"
#include "bench/largedatabase.h"
#include "core/storage/workspace.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::bench;
using namespace Qt::StringLiterals;

namespace {

// Opens the database and shows the window until its dashboard has painted.
int startAndPaint(const DatabaseLocation &location, UiLanguage &language)
{
    Workspace workspace(location);
    MainWindow window(workspace, language);
    FirstPaint probe;
    auto *dashboard = window.findChild<DashboardView *>();
    dashboard->installEventFilter(&probe);
    window.show();
    while (!probe.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return int(dashboard->tiles().size());
}

// The first window of the process, timed once, then the repeated start.
void benchmarkStartUp(const DatabaseLocation &location)
{
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese)); // the users' language: translators installed

    // The first window of the process also loads fonts, the style and the
    // platform plugin's caches: the truly cold start, measured once.
    QElapsedTimer first;
    first.start();
    REQUIRE(startAndPaint(location, language) == LargeIndicatorCount);
    WARN("first window of the process: " << first.elapsed() << " ms");

    BENCHMARK("open the database, judge 200 targets, paint the main window")
    {
        return startAndPaint(location, language);
    };
}

} // namespace

TEST_CASE("Start-up: 10 years × 200 indicators to the first painted dashboard", "[bench][startup]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const DatabaseLocation location = DatabaseLocation::file(folder.filePath(u"large.sqlite"_s));
    createLargeDatabase(location);
    benchmarkStartUp(location);
}

// The same database on a PostgreSQL of the benchmark's own, reached on its
// Unix socket (loopback): connecting, checking the schema, then the same
// reads, one round trip each. Hidden from a plain run: it starts a server.
//
//   build/bench/zhibiao_bench "[server-startup]" --benchmark-samples 20
TEST_CASE("Start-up on a server: 10 years × 200 indicators to the first painted dashboard",
          "[.][bench][server][server-startup]")
{
    test::PrivateServer server;
    createLargeDatabase(server.location());
    benchmarkStartUp(server.location());
}
