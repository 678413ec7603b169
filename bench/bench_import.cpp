// Importing 1,000,000 long-table CSV rows into an empty database, side by
// side with the sqlite3 shell's own `.import` of the same file into a plain
// table: the issue asks for at most twice its time. Each side is timed
// once per run (a run takes tens of seconds, too long for Catch's repeated
// samples); the ratio is printed and recorded in docs/performance.md.
//
//   build/bench/zhibiao_bench "[import]"   (hidden from a plain run: it takes a minute)
//
// The same file into a server database (issue 16: at most 1.5 times psql's
// `\copy` of it into a plain table), on a PostgreSQL the benchmark starts
// itself, several runs alternating which side goes first:
//
//   build/bench/zhibiao_bench "[server-import]"
#include "bench/benchserver.h"
#include "core/import/importplan.h"
#include "core/import/importsession.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>

using namespace zhibiao;
using namespace zhibiao::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int IndicatorCount = 1000;
constexpr int YearCount = 100; // 2001..2100
constexpr int MonthCount = 10; // 1-1月 .. 1-10月
constexpr int FirstYear = 2001;
constexpr int ServerRuns = 6; // each times both sides once; every other run starts with psql


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

// Zhibiao's stages, each in seconds since the import began.
struct ImportTimes
{
    double read = 0;        // the file read (ImportSession)
    double figuresRead = 0; // its figures read under the mapping
    double planned = 0;     // planned against the database
    double total = 0;       // written in one transaction and committed
};

// Zhibiao: read, find the layout, match, plan against the database, and
// write every figure in one transaction, as `zhibiao import` does.
ImportTimes importFile(Workspace &workspace, const QString &csv)
{
    ImportTimes times;
    QElapsedTimer ours;
    ours.start();
    const ImportSession session(csv, {});
    times.read = seconds(ours);
    // session.plan() in its two steps, timed apart.
    FigureReading reading = session.readFigures(workspace.indicators().all(), {});
    times.figuresRead = seconds(ours);
    const ImportPlan plan = ImportPlan::build(std::move(reading), workspace.entries());
    times.planned = seconds(ours);
    plan.apply(workspace.entries(), ImportPlan::RejectedRows::Refuse,
               {u"figures.csv"_s, u"bench"_s, QDateTime::currentDateTimeUtc()});
    times.total = seconds(ours);
    CHECK(plan.rejected().isEmpty());
    CHECK(plan.additions().size() == IndicatorCount * YearCount * MonthCount);
    return times;
}

void printStages(const ImportTimes &times)
{
    std::cout << times.total << " s (" << times.read << " s to read the file, " << times.figuresRead - times.read
              << " s to read the figures, " << times.planned - times.figuresRead << " s to plan, "
              << times.total - times.planned << " s to write";
}

// The server side of a run: a fresh database created and seeded as
// `zhibiao server init` does, the file's 1,000 indicators added, then the
// import timed. Afterwards the server writes its dirty pages out
// (CHECKPOINT) and the database is dropped, so that neither the
// checkpoint nor autovacuum takes a core from the other side's run.
ImportTimes importIntoServer(const ServerAddress &server, const QString &csv)
{
    const QString name = u"zhibiao_import"_s;
    runPsql(server, u"postgres"_s, u"CREATE DATABASE "_s + name);
    ImportTimes times;
    {
        Workspace workspace(serverDatabase(server, name), bundledSeed, BackupSet::DefaultKeep,
                            Database::SchemaChanges::Allowed);
        test::addBulkIndicators(workspace, u"indicator_"_s, IndicatorCount);
        times = importFile(workspace, csv);
    }
    CHECK(runPsql(server, name, u"SELECT count(*) FROM entry_revisions"_s).toInt()
          == IndicatorCount * YearCount * MonthCount);
    runPsql(server, name, u"CHECKPOINT"_s);
    runPsql(server, u"postgres"_s, u"DROP DATABASE "_s + name);
    return times;
}

// psql's `\copy` of the same file into a plain table of its six columns,
// typed as the file's values are (no key, no index, no reference), in a
// fresh database; timed from psql's start to its exit.
double copyWithPsql(const ServerAddress &server, const QString &csv)
{
    const QString name = u"plain_copy"_s;
    runPsql(server, u"postgres"_s, u"CREATE DATABASE "_s + name);
    runPsql(server, name,
            u"CREATE TABLE figures (indicator TEXT, year INTEGER, period TEXT, ytd_value DOUBLE PRECISION, "
            "last_year_value DOUBLE PRECISION, growth DOUBLE PRECISION)"_s);
    QProcess psql;
    QElapsedTimer theirs;
    theirs.start();
    psql.start(psqlProgram(), psqlArguments(server, name) << u"-c"_s
                                                          << u"\\copy figures FROM '"_s + csv
                                                                 + u"' WITH (FORMAT csv, HEADER true)"_s);
    REQUIRE(psql.waitForFinished(600'000));
    const double psqlSeconds = seconds(theirs);
    INFO(psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitCode() == 0);
    CHECK(runPsql(server, name, u"SELECT count(*) FROM figures"_s).toInt() == IndicatorCount * YearCount * MonthCount);
    runPsql(server, name, u"CHECKPOINT"_s);
    runPsql(server, u"postgres"_s, u"DROP DATABASE "_s + name);
    return psqlSeconds;
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

    Workspace workspace(folder.filePath(u"zhibiao.sqlite"_s));
    test::addBulkIndicators(workspace, u"indicator_"_s, IndicatorCount);
    const ImportTimes ours = importFile(workspace, csv);
    // The write-ahead log is copied into the file in the background after
    // the commit (Database::LargeWrite). Waited for here, so that it does
    // not take a core from the shell's run below.
    QElapsedTimer checkpoint;
    checkpoint.start();
    workspace.database().waitForCheckpoint();
    const double checkpointSeconds = seconds(checkpoint);

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

    std::cout << "Zhibiao import: ";
    printStages(ours);
    std::cout << "; then " << checkpointSeconds << " s more in the background to copy the log into the file)\n"
              << "sqlite3 .import: " << sqliteSeconds << " s\n"
              << "ratio: " << ours.total / sqliteSeconds << '\n';
}

TEST_CASE("Import 1,000,000 CSV rows into a server database vs psql copy", "[.][bench][server][server-import]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString csv = folder.filePath(u"figures.csv"_s);
    writeCsv(csv);
    const test::PrivateServer server;
    const ServerAddress address = server.location().serverAddress();

    QList<double> ratios;
    for (int run = 1; run <= ServerRuns; ++run) {
        const bool psqlFirst = run % 2 == 0;
        double psqlSeconds = 0;
        if (psqlFirst)
            psqlSeconds = copyWithPsql(address, csv);
        const ImportTimes ours = importIntoServer(address, csv);
        if (!psqlFirst)
            psqlSeconds = copyWithPsql(address, csv);
        ratios.append(ours.total / psqlSeconds);
        std::cout << "run " << run << (psqlFirst ? " (psql first)" : " (Zhibiao first)") << ": Zhibiao import ";
        printStages(ours);
        std::cout << "); psql \\copy " << psqlSeconds << " s; ratio " << ratios.last() << '\n';
    }
    std::sort(ratios.begin(), ratios.end());
    std::cout << "ratio over " << ServerRuns << " runs: " << ratios.first() << "–" << ratios.last() << ", median "
              << (ratios.at((ServerRuns - 1) / 2) + ratios.at(ServerRuns / 2)) / 2 << '\n';
}
