// Two windows on one database file, each with its own connection as two
// instances of Zhibiao have: one follows what the other stores without a
// restart, and a write that finds the file busy is refused with a message
// the user understands (docs/reliability.md, "Two windows, one file").
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/targettile.h"
#include "app/entry/entrygridview.h"
#include "app/entry/entrypage.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/sqlquery.h"
#include "core/storage/workspace.h"
#include "tests/support/progressfixture.h"
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

// A main window with a workspace of its own on path, in English.
struct Window
{
    Window(const QString &path, UiLanguage &language)
        : Window(DatabaseLocation::file(path), language)
    {
    }

    Window(const DatabaseLocation &location, UiLanguage &language)
        : workspace(location)
        , window(workspace, language)
    {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }

    TargetTile *tile(int ordinal)
    {
        for (TargetTile *tile : window.findChild<DashboardView *>()->tiles()) {
            if (tile->ordinal() == ordinal)
                return tile;
        }
        return nullptr;
    }

    QString tileText(int ordinal, const QString &label)
    {
        const TargetTile *found = tile(ordinal);
        REQUIRE(found);
        const auto *text = found->findChild<QLabel *>(label);
        return text && !text->isHidden() ? text->text() : QString();
    }

    Workspace workspace;
    MainWindow window;
};

// Waits, with the event loop running, until done() holds or 5 s passed.
bool eventually(const std::function<bool()> &done)
{
    const QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(50);
    return done();
}

} // namespace

TEST_CASE("A window shows, without a restart, what another window stored in the same file", "[twowindows]")
{
    TestFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::English));
    Window a(path, language);
    Window b(path, language);
    b.window.showPage(MainWindow::EntryScreen);
    b.window.showPage(MainWindow::DashboardPage);
    // An undo step of b's own, about a cell the other window may change.
    b.workspace.entries().record(figure(u"fai"_s, 2022, 5, std::nullopt, std::nullopt, 16.2));
    b.window.undoStack()->push(new QUndoCommand(u"an edit in b"_s));
    CHECK(a.workspace.changes().check()); // a takes in b's write now, not later in this test
    REQUIRE(b.tileText(2, u"actual"_s) != u"11.2%"_s);

    // a stores June's industrial growth (its gateway writes through a's connection).
    a.workspace.entries().record(figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 11.2));
    CHECK(a.tileText(2, u"actual"_s) == u"11.2%"_s);

    // b's watcher notices within its polling interval, and b reads again.
    CHECK(eventually([&] { return b.tileText(2, u"actual"_s) == u"11.2%"_s; }));
    auto *grid = b.window.findChild<EntryPage *>();
    REQUIRE(grid);
    const QModelIndex june = grid->model()->indexOf(EntryKey{u"industry_va"_s, 2022, 6}, EntryField::PublishedGrowth);
    CHECK(grid->model()->valueAt(june) == 11.2);
    CHECK(b.window.undoStack()->count() == 0); // undoing the old step could overwrite a's figure
    CHECK(b.window.statusBar()->currentMessage().contains(u"changed in another window"_s));
    // a did not reload for its own write: its undo history stays.
    a.window.undoStack()->push(new QUndoCommand(u"an edit in a"_s));
    QTest::qWait(2000);
    CHECK(a.window.undoStack()->count() == 1);
}

TEST_CASE("A figure typed while another window holds the file is refused plainly and can be typed again",
          "[twowindows][entry]")
{
    TestFolder folder;
    const QString path = folder.path(u"shared.sqlite"_s);
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::English));
    Window window(path, language);
    window.window.showPage(MainWindow::EntryScreen);
    auto *page = window.window.findChild<EntryPage *>();
    REQUIRE(page);
    auto *message = page->findChild<QLabel *>(u"entryMessage"_s);
    const QModelIndex cell = page->model()->indexOf(EntryKey{u"retail_sales"_s, 2022, 5}, EntryField::YtdValue);
    const auto type = [&](const QString &text) {
        page->view()->setFocus();
        page->view()->setCurrentIndex(cell);
        QTest::keyClicks(page->view(), text.left(1));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        editor->insert(text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    // The test's stand-in for the 5 s a real window waits.
    execStatement(window.workspace.database().connection(), u"PRAGMA busy_timeout = 100"_s);

    {
        // Another program holds the write lock (a second window's import).
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-window"_s);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery lock(other);
        REQUIRE(lock.exec(u"BEGIN IMMEDIATE"_s));

        type(u"45.32"_s);
        CHECK(message->text()
              == path + u" is in use by another Zhibiao window or program. Nothing was changed; try again in a moment."_s);
        CHECK_FALSE(page->model()->valueAt(cell));
        CHECK(window.window.undoStack()->count() == 0);
        REQUIRE(lock.exec(u"COMMIT"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-window"_s);

    type(u"45.32"_s);
    CHECK(message->text() == u"Stored 1 figure."_s);
    CHECK(page->model()->valueAt(cell) == 45.32);
}

TEST_CASE("A window on a server shows what another process committed, and undoes nothing over it",
          "[twowindows][server]")
{
    const test::ServerDatabase server;
    { Workspace prepared(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed); }
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::English));
    Window window(server.location(), language);
    window.window.showPage(MainWindow::EntryScreen);
    window.window.showPage(MainWindow::DashboardPage);
    window.window.undoStack()->push(new QUndoCommand(u"an edit in this window"_s));
    auto *grid = window.window.findChild<EntryPage *>();
    REQUIRE(grid);
    const QModelIndex march = grid->model()->indexOf(EntryKey{u"gdp"_s, 2022, 3}, EntryField::YtdValue);
    REQUIRE_FALSE(grid->model()->valueAt(march));

    // Another process: the real executable importing a bureau's file.
    const test::CliRun import = test::runZhibiaoCli(
        {u"import"_s, u"--db"_s, server.location().displayName(), QStringLiteral(ZHIBIAO_TEST_DATA "/import/long-utf8.csv")});
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    // Announced by the server (how fast: bench/, docs/performance.md).
    const QDeadlineTimer deadline(5000);
    while (grid->model()->valueAt(march) != 78.6 && !deadline.hasExpired())
        QTest::qWait(10);
    CHECK(grid->model()->valueAt(march) == 78.6);
    CHECK(window.window.undoStack()->count() == 0);
    CHECK(window.window.statusBar()->currentMessage().contains(u"changed in another window"_s));
}
