// Many users on one server database (issue 16), each benchmark on a
// PostgreSQL of its own, started in a temporary folder and reached on its
// Unix socket (loopback), stopped at the end. Both are hidden from a plain
// run, and time one long run each rather than Catch's repeated samples:
//
//   build/bench/zhibiao_bench "[server-writers]"
//       50 writers at once, each on its own connection, store 200 single
//       figures each: no error, no lost update, latency per figure and
//       throughput.
//   build/bench/zhibiao_bench "[server-notify]"
//       a commit in another process (zhibiao_bench_writer) reaches this
//       process's window: from just before the commit to the watcher's
//       signal, and to the end of the window's reload.
#include "app/dashboard/dashboardview.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "bench/benchserver.h"
#include "bench/firstpaint.h"
#include "bench/largedatabase.h"
#include "core/storage/datachangewatcher.h"
#include "core/storage/entryrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <iostream>
#include <latch>
#include <map>
#include <optional>
#include <thread>
#include <vector>

using namespace zhibiao;
using namespace zhibiao::bench;
using namespace Qt::StringLiterals;
using Clock = std::chrono::steady_clock;

namespace {

double milliseconds(Clock::duration duration)
{
    return std::chrono::duration<double, std::milli>(duration).count();
}

// The value at fraction (0 … 1) of sorted, the nearest rank.
double percentile(const std::vector<double> &sorted, double fraction)
{
    const auto rank = std::size_t(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<std::size_t>(rank, 1, sorted.size()) - 1);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return (values.at((n - 1) / 2) + values.at(n / 2)) / 2;
}

// ---- 50 writers ----

constexpr int WriterCount = 50;
constexpr int FiguresPerWriter = 200;
// Each writer keeps to cells of its own indicator, 4 years × 10 months,
// and stores each of them 5 times, round after round: a lost update shows
// as a missing revision or a cell whose latest value is not its last.
constexpr int CellsPerWriter = 40;
constexpr int Rounds = FiguresPerWriter / CellsPerWriter;
constexpr int FirstWrittenYear = 2019;
constexpr int WrittenYears = 4;
// A writer still storing after this long gives up and fails the run.
constexpr auto TimeLimit = std::chrono::seconds(120);

QString writerCode(int writer)
{
    return test::bulkIndicatorCode(u"writer_"_s, writer);
}

EntryKey cellOf(int writer, int cell)
{
    return {writerCode(writer), FirstWrittenYear + cell / 10, 2 + cell % 10};
}

double valueOf(int writer, int cell, int round)
{
    return writer * 10'000.0 + cell * 10.0 + round + 0.25;
}

struct WriterRun
{
    std::vector<double> latencies; // milliseconds, one per stored figure
    QString error;                 // empty when all were stored
};

// One writer on a thread of its own, with its own connection (Database)
// and gateway, as another user's window would be. Catch's assertions are
// not for other threads: what goes wrong is kept in run.error.
void writeFigures(const DatabaseLocation &location, int writer, std::latch &connected, std::latch &go,
                  Clock::time_point &deadline, WriterRun &run)
{
    std::optional<Database> database;
    try {
        database.emplace(location);
    } catch (const std::exception &error) {
        run.error = u"writer %1 could not connect: %2"_s.arg(writer).arg(QString::fromStdString(error.what()));
    }
    connected.count_down();
    go.wait();
    if (!database)
        return;
    try {
        EntryRepository entries(*database);
        run.latencies.reserve(FiguresPerWriter);
        for (int round = 0; round < Rounds; ++round) {
            for (int cell = 0; cell < CellsPerWriter; ++cell) {
                const Entry entry{cellOf(writer, cell), valueOf(writer, cell, round), std::nullopt, std::nullopt,
                                  {},  u"bench"_s, writerCode(writer), QDateTime::currentDateTimeUtc()};
                const Clock::time_point before = Clock::now();
                if (before > deadline) {
                    run.error = u"writer %1 was not done within %2 s"_s.arg(writer).arg(TimeLimit.count());
                    return;
                }
                entries.record(entry);
                run.latencies.push_back(milliseconds(Clock::now() - before));
            }
        }
    } catch (const std::exception &error) {
        run.error = u"writer %1: %2"_s.arg(writer).arg(QString::fromStdString(error.what()));
    }
}

struct Writers
{
    std::vector<WriterRun> runs;
    Clock::duration wall; // from the start of all to the end of the last
};

// count writers, 0 … count - 1: every one connects first, then all start at once.
Writers runWriters(const DatabaseLocation &location, int count)
{
    std::latch connected(count);
    std::latch go(1);
    Clock::time_point deadline = Clock::time_point::max();
    Writers result;
    result.runs.resize(std::size_t(count));
    std::vector<std::thread> writers;
    writers.reserve(std::size_t(count));
    for (int writer = 0; writer < count; ++writer)
        writers.emplace_back(writeFigures, location, writer, std::ref(connected), std::ref(go), std::ref(deadline),
                             std::ref(result.runs[std::size_t(writer)]));
    connected.wait();
    const Clock::time_point start = Clock::now();
    deadline = start + TimeLimit;
    go.count_down();
    for (std::thread &writer : writers)
        writer.join();
    result.wall = Clock::now() - start;
    return result;
}

// ---- a commit in another process ----

constexpr int Notifications = 20;

// Runs the event loop until done() or timeout: blocking between events,
// so that waiting takes no core from the other process and the server.
bool runEventsUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    bool timedOut = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&timedOut] { timedOut = true; });
    timer.start(timeout);
    while (!done() && !timedOut)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done();
}

// The next line the writer prints, within timeout.
QByteArray lineFrom(QProcess &process, int timeout = 10'000)
{
    QElapsedTimer waited;
    waited.start();
    while (!process.canReadLine() && waited.elapsed() < timeout)
        process.waitForReadyRead(int(timeout - waited.elapsed()));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.canReadLine());
    return process.readLine().trimmed();
}

} // namespace

TEST_CASE("50 writers at once on a server database, 200 single figures each", "[.][bench][server][server-writers]")
{
    const test::PrivateServer server;
    Workspace workspace(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    test::addBulkIndicators(workspace, u"writer_"_s, WriterCount);
    const ServerAddress address = server.location().serverAddress();
    REQUIRE(runPsql(address, address.databaseName, u"SELECT count(*) FROM entry_revisions"_s).toInt() == 0);

    const Writers all = runWriters(server.location(), WriterCount);
    std::vector<double> latencies;
    QStringList errors;
    for (const WriterRun &run : all.runs) {
        latencies.insert(latencies.end(), run.latencies.begin(), run.latencies.end());
        if (!run.error.isEmpty())
            errors.append(run.error);
    }
    INFO(errors.join(u'\n').toStdString());
    CHECK(errors.isEmpty());
    REQUIRE_FALSE(latencies.empty());

    // Nothing lost: every revision is there, and each cell's latest value
    // is the one its writer stored last.
    const int revisions = runPsql(address, address.databaseName, u"SELECT count(*) FROM entry_revisions"_s).toInt();
    CHECK(revisions == WriterCount * FiguresPerWriter);
    std::map<EntryKey, double> latest;
    std::map<EntryKey, int> revisionCounts;
    for (int year = FirstWrittenYear; year < FirstWrittenYear + WrittenYears; ++year) {
        for (const Entry &entry : workspace.entries().forYear(year))
            latest[entry.key] = entry.ytdValue.value_or(-1);
        revisionCounts.merge(workspace.entries().revisionCounts(year));
    }
    int wrong = 0;
    for (int writer = 0; writer < WriterCount; ++writer) {
        for (int cell = 0; cell < CellsPerWriter; ++cell) {
            const EntryKey key = cellOf(writer, cell);
            const auto found = latest.find(key);
            if (found == latest.end() || found->second != valueOf(writer, cell, Rounds - 1)
                || revisionCounts[key] != Rounds)
                ++wrong;
        }
    }
    CHECK(wrong == 0);

    std::sort(latencies.begin(), latencies.end());
    const double wallSeconds = std::chrono::duration<double>(all.wall).count();
    std::cout << WriterCount << " writers × " << FiguresPerWriter << " figures: " << latencies.size()
              << " stored in " << wallSeconds << " s, " << double(latencies.size()) / wallSeconds
              << " figures/s; " << revisions << " revisions in the database, " << wrong << " cells wrong, "
              << errors.size() << " writers failed\n"
              << "latency per figure: median " << percentile(latencies, 0.5) << " ms, p95 "
              << percentile(latencies, 0.95) << " ms, p99 " << percentile(latencies, 0.99) << " ms, max "
              << latencies.back() << " ms\n";

    // For comparison, the same 200 figures by one writer alone (writer 0's
    // cells once more): what a figure costs without waiting for others.
    const Writers alone = runWriters(server.location(), 1);
    INFO(alone.runs.front().error.toStdString());
    REQUIRE(alone.runs.front().error.isEmpty());
    std::vector<double> aloneLatencies = alone.runs.front().latencies;
    std::sort(aloneLatencies.begin(), aloneLatencies.end());
    std::cout << "one writer alone: " << aloneLatencies.size() << " figures in "
              << std::chrono::duration<double>(alone.wall).count() << " s; median "
              << percentile(aloneLatencies, 0.5) << " ms, p95 " << percentile(aloneLatencies, 0.95) << " ms\n";
}

TEST_CASE("A commit in another process reaches the window on a server database", "[.][bench][server][server-notify]")
{
    const test::PrivateServer server;
    createLargeDatabase(server.location());
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese));

    Workspace workspace(server.location());
    std::optional<Clock::time_point> signalled;
    std::optional<Clock::time_point> reloaded;
    // Connected before the window's own slot, which reloads everything,
    // and after it: the signal's arrival, and the reload done.
    QObject::connect(&workspace.changes(), &DataChangeWatcher::changedElsewhere, [&signalled] {
        if (!signalled)
            signalled = Clock::now();
    });
    MainWindow window(workspace, language);
    QObject::connect(&workspace.changes(), &DataChangeWatcher::changedElsewhere, [&reloaded] {
        if (!reloaded)
            reloaded = Clock::now();
    });
    FirstPaint probe;
    window.findChild<DashboardView *>()->installEventFilter(&probe);
    window.show();
    REQUIRE(runEventsUntil([&probe] { return probe.painted; }, std::chrono::seconds(10)));

    // The other process stores a figure of the year the window shows.
    QProcess writer;
    writer.start(QStringLiteral(ZHIBIAO_BENCH_WRITER),
                 {server.location().displayName(), largeIndicatorCode(0), QString::number(LargeLastYear), u"12"_s});
    REQUIRE(writer.waitForStarted());
    REQUIRE(lineFrom(writer) == "ready");

    std::vector<double> toSignal;
    std::vector<double> toReloaded;
    // One commit first, not counted: the writer's first statements.
    for (int i = 0; i <= Notifications; ++i) {
        signalled.reset();
        reloaded.reset();
        writer.write(QByteArray::number(5000.0 + i) + '\n');
        REQUIRE(runEventsUntil([&reloaded] { return reloaded.has_value(); }, std::chrono::seconds(10)));
        const Clock::time_point beforeCommit{std::chrono::nanoseconds(lineFrom(writer).toLongLong())};
        if (i > 0) {
            toSignal.push_back(milliseconds(*signalled - beforeCommit));
            toReloaded.push_back(milliseconds(*reloaded - beforeCommit));
        }
        // The window finishes laying out and painting before the next one.
        runEventsUntil([] { return false; }, std::chrono::milliseconds(200));
    }
    writer.closeWriteChannel();
    REQUIRE(writer.waitForFinished(10'000));
    CHECK(writer.exitCode() == 0);

    std::cout << "from just before the other process's commit, over " << Notifications << " commits:\n"
              << "  to changedElsewhere: median " << median(toSignal) << " ms, min "
              << *std::min_element(toSignal.begin(), toSignal.end()) << " ms, max "
              << *std::max_element(toSignal.begin(), toSignal.end()) << " ms\n"
              << "  to the window's reload done: median " << median(toReloaded) << " ms, min "
              << *std::min_element(toReloaded.begin(), toReloaded.end()) << " ms, max "
              << *std::max_element(toReloaded.begin(), toReloaded.end()) << " ms\n";
}
