// Crash safety (docs/reliability.md): real child processes killed with
// SIGKILL at random moments — `zhibiao import` in the middle of a 30,000-row
// transaction, and the entry screen right after it acknowledged a figure —
// and then the file checked through a connection of its own: intact, every
// committed figure there, no import half applied.
#include "app/entry/entrygridview.h"
#include "app/entry/entrypage.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <atomic>
#include <set>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// 100 indicators × 30 years × 10 periods = 30,000 rows per import.
constexpr int IndicatorCount = 100;
constexpr int YearCount = 30;
constexpr int FirstYear = 2001;
constexpr int MonthCount = 10;
constexpr int RowsPerImport = IndicatorCount * YearCount * MonthCount;
// Every value of import number g is g × 1000 plus less than 1000, so a
// stored value says which import wrote it.
constexpr int GenerationStep = 1000;

QString codeOf(int index)
{
    return test::bulkIndicatorCode(u"kill_"_s, index);
}

void addIndicators(const QString &path)
{
    Workspace workspace(path);
    test::addBulkIndicators(workspace, u"kill_"_s, IndicatorCount);
}

// The file of import number generation: every cell gets a new value.
void writeImport(const QString &path, int generation)
{
    QByteArray csv = "指标,年份,期间,累计值\n";
    for (int year = FirstYear; year < FirstYear + YearCount; ++year) {
        for (int i = 0; i < IndicatorCount; ++i) {
            for (int month = 1; month <= MonthCount; ++month)
                csv += u"%1,%2,1-%3月,%4\n"_s.arg(codeOf(i)).arg(year).arg(month).arg(generation * GenerationStep + i + month).toUtf8();
        }
    }
    test::writeFile(path, csv);
}

// A connection of the test's own, as another program would open the file
// after the crash: no Zhibiao code between the test and SQLite.
class PlainConnection
{
public:
    explicit PlainConnection(const QString &path)
        : m_name(u"crash-check-%1"_s.arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~PlainConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlQuery run(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.setForwardOnly(true);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        return query;
    }
    QString single(const QString &sql) const
    {
        QSqlQuery query = run(sql);
        REQUIRE(query.next());
        return query.value(0).toString();
    }

private:
    static inline std::atomic<int> s_count = 0;
    QString m_name;
};

// The file is intact and holds exactly the imports in applied, whole and
// in order: every revision belongs to the import its position says.
void checkImports(const QString &path, const QList<int> &applied)
{
    const PlainConnection db(path);
    REQUIRE(db.single(u"PRAGMA integrity_check"_s) == u"ok"_s);
    QSqlQuery rows = db.run(u"SELECT ytd_value FROM entry_history WHERE indicator_code LIKE 'kill!_%' ESCAPE '!' "
                            "ORDER BY id"_s);
    qsizetype count = 0;
    qsizetype wrong = 0;
    while (rows.next()) {
        const qsizetype import = count / RowsPerImport;
        const int generation = int(rows.value(0).toDouble()) / GenerationStep;
        if (import >= applied.size() || generation != applied.at(import))
            ++wrong;
        ++count;
    }
    INFO("imports applied: " << applied.size() << ", revisions found: " << count);
    CHECK(count == applied.size() * RowsPerImport); // none half applied, none lost
    CHECK(wrong == 0);
}

void startImport(QProcess &process, const QString &database, const QString &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"ZHIBIAO_DB"_s})
        environment.remove(name);
    environment.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, u"/nonexistent-zhibiao-test-config"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ZHIBIAO_EXECUTABLE), {u"import"_s, u"--db"_s, database, input});
    REQUIRE(process.waitForStarted(10000));
}

// The import prints its summary just before it writes: from then on a
// kill lands in the write (or just after it).
bool waitForSummary(QProcess &process)
{
    QByteArray out;
    while (!out.contains("New values")) {
        if (!process.waitForReadyRead(30000))
            return false;
        out += process.readAllStandardOutput();
    }
    return true;
}

} // namespace

TEST_CASE("zhibiao import killed at random moments leaves every committed import and no half of one",
          "[crash][import]")
{
    test::TestFolder folder;
    const QString database = folder.path(u"district.sqlite"_s);
    addIndicators(database);
    QList<int> applied;

    // One import to the end, to learn how long the write takes here.
    const QString first = folder.path(u"import-1.csv"_s);
    writeImport(first, 1);
    QElapsedTimer writing;
    {
        QProcess process;
        startImport(process, database, first);
        REQUIRE(waitForSummary(process));
        writing.start();
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitCode() == 0);
        applied.append(1);
    }
    qint64 writeMs = qMax<qint64>(writing.elapsed(), 20);
    checkImports(database, applied);

    // Then imports killed at a random moment of their write. Each writes
    // new values to every cell, so each adds 30,000 revisions or none.
    QRandomGenerator random(20221125); // fixed: a failure can be replayed
    int killedBeforeCommit = 0;
    int killedAfterCommit = 0;
    QElapsedTimer total;
    total.start();
    for (int generation = 2; generation <= 25 && total.elapsed() < 30000; ++generation) {
        const QString input = folder.path(u"import-%1.csv"_s.arg(generation));
        writeImport(input, generation);
        QProcess process;
        startImport(process, database, input);
        REQUIRE(waitForSummary(process));
        writing.start();
        const int delay = int(random.bounded(writeMs));
        if (!process.waitForFinished(delay)) {
            process.kill(); // SIGKILL: no destructor, no rollback, no flush
            REQUIRE(process.waitForFinished(10000));
        }
        const bool killed = process.exitStatus() == QProcess::CrashExit;
        if (!killed) // it wrote faster than the last one: aim the next kills shorter
            writeMs = qMax<qint64>(writing.elapsed(), 20);
        {
            // Did the import commit before it died? It is all there or not at all.
            const PlainConnection db(database);
            const qint64 count =
                db.single(u"SELECT count(*) FROM entry_history WHERE indicator_code LIKE 'kill!_%' ESCAPE '!'"_s)
                    .toLongLong();
            if (count == qint64(applied.size() + 1) * RowsPerImport) {
                applied.append(generation);
                killedAfterCommit += killed;
            } else {
                CHECK(killed); // an import that ran to the end committed
                killedBeforeCommit += killed;
            }
        }
        INFO("import " << generation << ", killed after " << delay << " ms of about " << writeMs << " ms");
        checkImports(database, applied);
    }
    INFO("killed before the commit: " << killedBeforeCommit << ", after: " << killedAfterCommit);
    // Some kills must have landed inside the write, or the test proved nothing.
    CHECK(killedBeforeCommit >= 3);
}

TEST_CASE("A figure acknowledged by the entry screen is in the file when the screen is killed", "[crash][entry]")
{
    test::TestFolder folder;
    const QString database = folder.path(u"district.sqlite"_s);
    { Workspace created(database); }
    QRandomGenerator random(20221126);
    QElapsedTimer total;
    total.start();
    int runs = 0;
    for (; runs < 12 && total.elapsed() < 20000; ++runs) {
        QProcess driver;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
        driver.setProcessEnvironment(environment);
        driver.start(QStringLiteral(ZHIBIAO_ENTRY_DRIVER), {database, u"100000"_s});
        REQUIRE(driver.waitForStarted(10000));
        // Kill it after a random number of acknowledgements, at once or a
        // moment later (inside the next write, often).
        const int acknowledgements = 1 + int(random.bounded(30));
        std::set<int> acknowledged;
        QByteArray pending;
        while (int(acknowledged.size()) < acknowledgements) {
            REQUIRE(driver.waitForReadyRead(30000));
            pending += driver.readAllStandardOutput();
            qsizetype end = 0;
            while ((end = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                REQUIRE(line.startsWith("stored "));
                acknowledged.insert(line.mid(7).toInt());
            }
        }
        if (const int pause = int(random.bounded(3)); pause > 0)
            QTest::qSleep(pause);
        driver.kill();
        REQUIRE(driver.waitForFinished(10000));
        INFO("run " << runs << ": " << acknowledged.size() << " figures acknowledged; stderr: "
                    << driver.readAllStandardError().toStdString());
        REQUIRE(driver.exitStatus() == QProcess::CrashExit);

        const PlainConnection db(database);
        REQUIRE(db.single(u"PRAGMA integrity_check"_s) == u"ok"_s);
        QSqlQuery rows = db.run(u"SELECT ytd_value FROM entry_history WHERE indicator_code = 'budget_revenue' "
                                "AND year = 2022 AND month = 6"_s);
        std::set<int> stored;
        while (rows.next())
            stored.insert(int(rows.value(0).toDouble()));
        for (const int value : acknowledged) {
            INFO("acknowledged " << value);
            CHECK(stored.contains(value));
        }
    }
    CHECK(runs >= 5);
}

TEST_CASE("A figure is on disk when the grid acknowledges it, seen by a second connection", "[crash][entry]")
{
    test::TestFolder folder;
    const QString database = folder.path(u"district.sqlite"_s);
    Workspace workspace(database);
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::English));
    MainWindow window(workspace, language);
    window.findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(MainWindow::EntryScreen);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *page = window.findChild<EntryPage *>();
    REQUIRE(page);
    auto *message = page->findChild<QLabel *>(u"entryMessage"_s);
    EntryGridView *view = page->view();
    const QModelIndex cell = page->model()->indexOf(EntryKey{u"budget_revenue"_s, 2022, 5}, EntryField::YtdValue);
    REQUIRE(cell.isValid());

    // Typed as a user types: the first key opens the editor, Enter stores.
    view->setFocus();
    view->setCurrentIndex(cell);
    QTest::keyClicks(view, u"3"_s);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    editor->insert(u"8620.5"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    REQUIRE(message->text() == u"Stored 1 figure."_s);

    // Without closing anything: another connection finds it in the file.
    const PlainConnection other(database);
    CHECK(other.single(u"SELECT ytd_value FROM current_entries WHERE indicator_code = 'budget_revenue' "
                       "AND year = 2022 AND month = 5"_s)
              .toDouble()
          == 38620.5);
}
