// Importing 1,000,000 long-table CSV rows into an empty database, side by
// side with the sqlite3 shell's own `.import` of the same file into a plain
// table: the issue asks for at most twice its time. Each side is timed
// once per run (a run takes tens of seconds, too long for Catch's repeated
// samples); the ratio is printed and recorded in docs/performance.md.
//
//   build/bench/zhibiao_bench "[import]"   (hidden from a plain run: it takes a minute)
#include "core/import/importplan.h"
#include "core/import/importsession.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <iostream>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

constexpr int IndicatorCount = 1000;
constexpr int YearCount = 100; // 2001..2100
constexpr int MonthCount = 10; // 1-1月 .. 1-10月
constexpr int FirstYear = 2001;


// 1000 indicators × 100 years × 10 months = 1,000,000 rows, each with a
// YTD value, last year's value and the growth, as a bureau writes them.
void writeCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray chunk = "指标,年份,期间,累计值,上年同期,同比增长%\n";
    for (int year = FirstYear; year < FirstYear + YearCount; ++year) {
        for (int i = 0; i < IndicatorCount; ++i) {
            for (int month = 1; month <= MonthCount; ++month) {
                const double amount = 1000.0 + i + month * 37.5 + (year - FirstYear) * 0.25;
                chunk += u"指标%1,%2,1-%3月,%4,%5,%6\n"_s.arg(i)
                             .arg(year)
                             .arg(month)
                             .arg(amount, 0, 'f', 2)
                             .arg(amount * 0.92, 0, 'f', 2)
                             .arg(8.7, 0, 'f', 1)
                             .toUtf8();
            }
        }
        REQUIRE(file.write(chunk) == chunk.size());
        chunk.clear();
    }
}

double seconds(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

TEST_CASE("Import 1,000,000 CSV rows vs sqlite3 .import", "[.][bench][import]")
{
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    REQUIRE_FALSE(sqlite3.isEmpty());
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString csv = folder.filePath(u"figures.csv"_s);
    writeCsv(csv);

    // Zhibiao: read, find the layout, match, plan against the database, and
    // write every figure in one transaction.
    Workspace workspace(folder.filePath(u"zhibiao.sqlite"_s));
    test::addBulkIndicators(workspace, u"indicator_"_s, IndicatorCount);
    QElapsedTimer ours;
    ours.start();
    const ImportSession session(csv, {});
    const double read = seconds(ours);
    // session.plan() in its two steps, timed apart.
    FigureReading reading = session.readFigures(workspace.indicators().all(), {});
    const double figuresRead = seconds(ours);
    const ImportPlan plan =
        ImportPlan::build(std::move(reading), workspace.entries());
    const double planned = seconds(ours);
    plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse, {u"figures.csv"_s, u"bench"_s, QDateTime::currentDateTimeUtc()});
    const double zhibiaoSeconds = seconds(ours);
    // The write-ahead log is copied into the file in the background after
    // the commit (Database::LargeWrite). Waited for here, so that it does
    // not take a core from the shell's run below.
    workspace.database().waitForCheckpoint();
    const double checkpointSeconds = seconds(ours) - zhibiaoSeconds;
    CHECK(plan.rejected().isEmpty());
    CHECK(plan.additions().size() == IndicatorCount * YearCount * MonthCount);

    // The sqlite3 shell: the same file into a plain table it creates from the header.
    QProcess shell;
    QElapsedTimer theirs;
    theirs.start();
    shell.start(sqlite3, {folder.filePath(u"plain.sqlite"_s)});
    REQUIRE(shell.waitForStarted());
    shell.write(".mode csv\n.import " + QFile::encodeName(csv) + " figures\n");
    shell.closeWriteChannel();
    REQUIRE(shell.waitForFinished(600000));
    const double sqliteSeconds = seconds(theirs);
    CHECK(shell.exitCode() == 0);

    std::cout << "Zhibiao import: " << zhibiaoSeconds << " s (" << read << " s to read the file, "
              << figuresRead - read << " s to read the figures, " << planned - figuresRead << " s to plan, "
              << zhibiaoSeconds - planned << " s to write; then "
              << checkpointSeconds << " s more in the background to copy the log into the file)\n"
              << "sqlite3 .import: " << sqliteSeconds << " s\n"
              << "ratio: " << zhibiaoSeconds / sqliteSeconds << '\n';
}
