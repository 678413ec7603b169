// File → Import figures… and File → Export figures… in the window: what a
// user gets, including Edit → Undo of a whole import.
#include "app/import/importcontroller.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/storage/sqlquery.h"
#include "core/storage/entryrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"
#include "tests/support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// Accepts (or answers) the next modal window as soon as it is up, as a
// user clicking its default button would.
void acceptNextModal(QStringList *texts = nullptr)
{
    QTimer::singleShot(0, [texts] {
        QWidget *modal = QApplication::activeModalWidget();
        // A progress window (reading a large file, writing it) is not for
        // the user to answer: the window meant comes after it.
        if (!modal || qobject_cast<QProgressDialog *>(modal)) {
            acceptNextModal(texts); // not up yet
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && texts)
            texts->append(box->text());
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->accept();
    });
}

const EntryKey gdpQ1{u"gdp"_s, 2022, 3};

// File → Import figures… with file, waited for to its end: whether it imported.
bool imported(MainWindow &window, const QString &file)
{
    QSignalSpy finished(window.importer(), &ImportController::finished);
    window.importFile(file);
    if (finished.isEmpty() && !finished.wait(60'000))
        FAIL("the import did not end");
    return finished.first().first().toBool();
}

} // namespace

TEST_CASE("An import from the File menu is one undo step", "[mainwindow][import]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"import.sqlite"_s));
    UiLanguage language;
    MainWindow window(workspace, language);
    const QString file = QStringLiteral(ZHIBIAO_TEST_DATA "/import/long-utf8.csv");

    acceptNextModal();
    REQUIRE(imported(window, file));
    REQUIRE(workspace.entries().latest(gdpQ1));
    CHECK(workspace.entries().latest(gdpQ1)->ytdValue == 78.6);
    const qsizetype imported = workspace.entries().forYear(2022).size();
    CHECK(imported >= 4);
    REQUIRE(window.undoStack()->count() == 1);

    window.undoStack()->undo();
    CHECK_FALSE(workspace.entries().latest(gdpQ1)); // the cell was empty before
    CHECK(workspace.entries().forYear(2022).isEmpty());
    CHECK(workspace.entries().history(gdpQ1).size() == 2); // nothing erased: a clearing revision

    window.undoStack()->redo();
    REQUIRE(workspace.entries().latest(gdpQ1));
    CHECK(workspace.entries().latest(gdpQ1)->ytdValue == 78.6);
    CHECK(workspace.entries().forYear(2022).size() == imported);
}

TEST_CASE("Undoing an import of revisions brings back the values before it", "[mainwindow][import]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"revise.sqlite"_s));
    Entry before;
    before.key = gdpQ1;
    before.ytdValue = 70.0;
    before.note = u"初步核算"_s;
    before.enteredBy = u"tongji"_s;
    before.enteredAt = QDateTime::currentDateTimeUtc();
    workspace.entries().record(before);
    UiLanguage language;
    MainWindow window(workspace, language);

    acceptNextModal();
    REQUIRE(imported(window, QStringLiteral(ZHIBIAO_TEST_DATA "/import/long-utf8.csv")));
    CHECK(workspace.entries().latest(gdpQ1)->ytdValue == 78.6);
    window.undoStack()->undo();
    REQUIRE(workspace.entries().latest(gdpQ1));
    CHECK(workspace.entries().latest(gdpQ1)->ytdValue == 70.0);
    CHECK(workspace.entries().latest(gdpQ1)->note == u"初步核算"_s);
}

TEST_CASE("A large import is written on another thread and shown at once, and undone as one step",
          "[mainwindow][import]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"large.sqlite"_s));
    // 60,000 figures: written on another thread, and as a large batch there.
    const QString file = test::writeBulkImportFile(workspace, folder, 50);
    UiLanguage language;
    MainWindow window(workspace, language);
    workspace.changes().start(std::chrono::milliseconds(1));
    QSignalSpy announced(&workspace.entries(), &EntryRepository::entriesChanged);
    QSignalSpy elsewhere(&workspace.changes(), &DataChangeWatcher::changedElsewhere);
    const EntryKey cell{u"bulk_42"_s, 2010, 6};

    // The write's own busy window comes up while it runs.
    QStringList modalTitles;
    acceptNextModal();
    QTimer busyWatch;
    QObject::connect(&busyWatch, &QTimer::timeout, [&modalTitles] {
        if (auto *busy = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget()))
            modalTitles.append(busy->labelText());
    });
    busyWatch.start(1);
    REQUIRE(imported(window, file));
    busyWatch.stop();
    CHECK_FALSE(modalTitles.isEmpty());
    REQUIRE(workspace.entries().latest(cell));
    CHECK(workspace.entries().latest(cell)->ytdValue == 145.0);
    // The window's readers were told, and the watcher did not take the
    // window's own write for another program's.
    REQUIRE(announced.size() == 1);
    CHECK(announced.at(0).at(0).value<QList<int>>().size() == 50);
    QTest::qWait(20);
    CHECK(elsewhere.isEmpty());
    CHECK(workspace.changes().isActive());
    REQUIRE(window.undoStack()->count() == 1);

    window.undoStack()->undo();
    CHECK_FALSE(workspace.entries().latest(cell));
    CHECK(workspace.entries().forYear(2010).isEmpty());
    window.undoStack()->redo();
    CHECK(workspace.entries().latest(cell)->ytdValue == 145.0);
    CHECK(workspace.entries().forYear(2010).size() == 100 * 12);
    QTest::qWait(20);
    CHECK(elsewhere.isEmpty());
    CHECK(announced.size() == 3);
}

TEST_CASE("Undoing a large import just after another window wrote is safe, and then the history goes",
          "[mainwindow][import]")
{
    // The window's history is cleared when another program wrote; that
    // must not happen in the middle of the undo step that is writing.
    test::TestFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    Workspace workspace(path);
    const QString file = test::writeBulkImportFile(workspace, folder, 20); // 24,000 figures
    UiLanguage language;
    MainWindow window(workspace, language);
    acceptNextModal();
    REQUIRE(imported(window, file));
    REQUIRE(window.undoStack()->count() == 1);

    {
        Workspace other(path);
        other.entries().record(Entry{{u"gdp"_s, 2022, 3}, 78.6, {}, {}, {}, {}, u"li"_s, QDateTime::currentDateTimeUtc()});
    }
    window.undoStack()->undo();
    CHECK(window.undoStack()->count() == 1); // not cleared under the undo step
    CHECK(workspace.entries().forYear(2010).isEmpty());
    CHECK(workspace.entries().latest({u"gdp"_s, 2022, 3})); // the other window's figure stays
    QTest::qWait(20); // the other window's write is reported after the undo step
    CHECK(window.undoStack()->count() == 0);
}

namespace {

// Refuses every new revision from now on, as a full disk or a lost file would.
void refuseRevisions(const QString &database)
{
    Workspace other(database);
    execStatement(other.database().connection(), uR"(
        CREATE TRIGGER refuse_revisions BEFORE INSERT ON entry_revisions
        BEGIN SELECT RAISE(ABORT, 'refused by the test'); END)"_s);
}

} // namespace

TEST_CASE("An import whose undo fails stays applied and leaves the undo history", "[mainwindow][import]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"refusing.sqlite"_s);
    Workspace workspace(path);
    UiLanguage language;
    MainWindow window(workspace, language);
    acceptNextModal();
    REQUIRE(imported(window, QStringLiteral(ZHIBIAO_TEST_DATA "/import/long-utf8.csv")));
    REQUIRE(window.undoStack()->count() == 1);
    refuseRevisions(path);

    QStringList messages;
    acceptNextModal(&messages);
    window.undoStack()->undo();
    REQUIRE(QTest::qWaitFor([&messages] { return !messages.isEmpty(); }, 10'000)); // the message box is answered
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(u"refused by the test"_s));
    // Nothing was undone, and the stack does not believe otherwise.
    CHECK(workspace.entries().latest(gdpQ1)->ytdValue == 78.6);
    CHECK(window.undoStack()->count() == 0);
    CHECK_FALSE(window.undoStack()->canRedo());
}

TEST_CASE("Edit → Undo writes a large import's step on another thread before the stack moves",
          "[mainwindow][import]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"large-undo.sqlite"_s);
    Workspace workspace(path);
    const QString file = test::writeBulkImportFile(workspace, folder, 20); // 24,000 figures
    UiLanguage language;
    MainWindow window(workspace, language);
    acceptNextModal();
    REQUIRE(imported(window, file));
    const EntryKey cell{u"bulk_42"_s, 2010, 6};
    REQUIRE(workspace.entries().latest(cell));
    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    auto *redo = window.findChild<QAction *>(u"redoAction"_s);
    REQUIRE(undo);
    REQUIRE(redo);

    // The action returns at once; the busy window is up until the write is
    // done, and only then does the stack move.
    undo->trigger();
    CHECK(window.undoStack()->index() == 1);
    CHECK(qobject_cast<QProgressDialog *>(QApplication::activeModalWidget()));
    REQUIRE(QTest::qWaitFor([&window] { return window.undoStack()->index() == 0; }, 30'000));
    CHECK_FALSE(workspace.entries().latest(cell));
    CHECK(window.undoStack()->count() == 1);
    CHECK(QApplication::activeModalWidget() == nullptr);

    redo->trigger();
    REQUIRE(QTest::qWaitFor([&window] { return window.undoStack()->index() == 1; }, 30'000));
    CHECK(workspace.entries().latest(cell)->ytdValue == 145.0);

    // A write that fails there drops the step, as in place.
    refuseRevisions(path);
    QStringList messages;
    acceptNextModal(&messages);
    undo->trigger();
    REQUIRE(QTest::qWaitFor([&window] { return window.undoStack()->count() == 0; }, 30'000));
    CHECK(workspace.entries().latest(cell)->ytdValue == 145.0);
    REQUIRE(QTest::qWaitFor([&messages] { return !messages.isEmpty(); }, 10'000));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(u"refused by the test"_s));
}

TEST_CASE("A file that cannot be read is reported and nothing changes", "[mainwindow][import]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"unreadable.sqlite"_s));
    UiLanguage language;
    MainWindow window(workspace, language);

    QStringList messages;
    acceptNextModal(&messages);
    CHECK_FALSE(imported(window, folder.path(u"no such file.xlsx"_s)));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(u"no such file.xlsx"_s));
    CHECK(window.undoStack()->count() == 0);
}

TEST_CASE("Export figures writes the window's year, or says why it cannot", "[mainwindow][export][xlsxwriter]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"export.sqlite"_s));
    UiLanguage language;
    MainWindow window(workspace, language);

    const QString xlsx = folder.path(u"figures.xlsx"_s);
    CHECK(window.exportFiguresTo(xlsx));
    CHECK(QFile::exists(xlsx));

    QStringList messages;
    acceptNextModal(&messages);
    const QString nowhere = folder.path(u"missing/figures.csv"_s);
    CHECK_FALSE(window.exportFiguresTo(nowhere));
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(u"figures.csv"_s));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("The window takes one backup a day and offers to restore one", "[mainwindow][backup]")
{
    test::TestFolder folder;
    const QString database = folder.path(u"daily.sqlite"_s);
    Workspace workspace(database);
    UiLanguage language;
    MainWindow window(workspace, language);
    window.takeDailyBackup();
    window.takeDailyBackup(); // the same day: no second copy
    CHECK(QDir(database + u".backups"_s).entryList({u"*daily*"_s}, QDir::Files).size() == 1);
    auto *restore = window.findChild<QAction *>(u"restoreAction"_s);
    REQUIRE(restore);
    CHECK(restore->isEnabled());
}
