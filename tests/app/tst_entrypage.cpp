// The monthly entry screen driven as a user drives it: keys, clipboard,
// undo, refusals, and the figures found again after reopening the file.
#include "app/entry/entrygridview.h"
#include "app/entry/entrypage.h"
#include "app/entry/figureeditor.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/editing/figurechange.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// A window on a fresh database, on the entry screen, in English.
struct EntryScreen
{
    explicit EntryScreen(const QString &path)
        : EntryScreen(DatabaseLocation::file(path))
    {
    }

    explicit EntryScreen(const DatabaseLocation &location)
        : workspace(location)
    {
        language.choose(QString::fromLatin1(UiLanguage::English));
        window = std::make_unique<MainWindow>(workspace, language);
        window->findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(MainWindow::EntryScreen);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        page = window->findChild<EntryPage *>();
        REQUIRE(page);
        view = page->view();
        model = page->model();
        message = page->findChild<QLabel *>(u"entryMessage"_s);
        REQUIRE(message);
    }

    QModelIndex cell(const QString &code, EntryField field, int month) const
    {
        const QModelIndex index = model->indexOf(EntryKey{code, 2022, month}, field);
        REQUIRE(index.isValid());
        return index;
    }

    // Select the cell, type the text, press Enter: as a user does.
    void type(const QModelIndex &index, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        // Typing starts editing; QTest cannot synthesize full-width digits,
        // so those open the editor with F2 and are inserted.
        const bool ascii = text.at(0).unicode() < 128;
        if (ascii)
            QTest::keyClicks(view, text.left(1));
        else
            QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        editor->insert(ascii ? text.mid(1) : text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits Enter through a queued call.
        QCoreApplication::processEvents();
    }

    std::optional<double> stored(const QString &code, int month, EntryField field) const
    {
        const auto entry = const_cast<Workspace &>(workspace).entries().latest(EntryKey{code, 2022, month});
        return entry ? fieldValue(*entry, field) : std::nullopt;
    }

    Workspace workspace;
    UiLanguage language;
    std::unique_ptr<MainWindow> window;
    EntryPage *page = nullptr;
    EntryGridView *view = nullptr;
    EntryGridModel *model = nullptr;
    QLabel *message = nullptr;
};

} // namespace

TEST_CASE("Typing a figure stores it at once and Enter moves down", "[entry]")
{
    test::TestFolder folder;
    EntryScreen screen(folder.path(u"typing.sqlite"_s));
    const QModelIndex may = screen.cell(u"retail_sales"_s, EntryField::YtdValue, 5);
    screen.type(may, u"38.62"_s);
    CHECK(screen.stored(u"retail_sales"_s, 5, EntryField::YtdValue) == 38.62);
    CHECK(may.data().toString() == u"38.62"_s);
    CHECK(screen.view->currentIndex().row() == may.row() + 1);
    CHECK(screen.message->text().contains(u"Stored 1 figure"_s));
    // Numbers as people type them: full-width digits and thousands separators.
    screen.type(screen.cell(u"budget_revenue"_s, EntryField::YtdValue, 5), u"１２,３４５.６"_s);
    CHECK(screen.stored(u"budget_revenue"_s, 5, EntryField::YtdValue) == 12345.6);
}

TEST_CASE("A value that is not a number is refused with its reason and the old value stays", "[entry]")
{
    test::TestFolder folder;
    EntryScreen screen(folder.path(u"refuse.sqlite"_s));
    const QModelIndex may = screen.cell(u"retail_sales"_s, EntryField::YtdValue, 5);
    screen.type(may, u"38.62"_s);
    screen.type(may, u"38.6x"_s);
    CHECK(screen.message->text().contains(u"is not a number"_s));
    CHECK(screen.message->text().contains(u"Retail sales of consumer goods"_s)); // names the cell
    CHECK(screen.stored(u"retail_sales"_s, 5, EntryField::YtdValue) == 38.62);
    // A year-to-date amount below the month before is refused too.
    screen.type(screen.cell(u"retail_sales"_s, EntryField::YtdValue, 6), u"30"_s);
    CHECK(screen.message->text().contains(u"cannot fall"_s));
    CHECK_FALSE(screen.stored(u"retail_sales"_s, 6, EntryField::YtdValue));
    CHECK(screen.window->undoStack()->count() == 1);
}

TEST_CASE("A pasted block is one undoable step; undo and redo restore it", "[entry]")
{
    test::TestFolder folder;
    EntryScreen screen(folder.path(u"paste.sqlite"_s));
    // As Excel puts it on the clipboard: tabs, CRLF, a thousands separator.
    QApplication::clipboard()->setText(u"14.2\t21.5\t28.9\r\n12.9\t19.3\t1,025.0\r\n"_s);
    screen.view->setFocus();
    screen.view->setCurrentIndex(screen.cell(u"retail_sales"_s, EntryField::YtdValue, 2));
    QTest::keyClick(screen.view, Qt::Key_V, Qt::ControlModifier);
    CHECK(screen.stored(u"retail_sales"_s, 4, EntryField::YtdValue) == 28.9);
    CHECK(screen.stored(u"retail_sales"_s, 4, EntryField::LastYearValue) == 1025.0);
    QUndoStack *stack = screen.window->undoStack();
    REQUIRE(stack->count() == 1);

    QTest::keyClick(screen.window.get(), Qt::Key_Z, Qt::ControlModifier);
    for (int month = 2; month <= 4; ++month)
        CHECK_FALSE(screen.stored(u"retail_sales"_s, month, EntryField::YtdValue));
    CHECK(screen.cell(u"retail_sales"_s, EntryField::YtdValue, 3).data().toString().isEmpty());

    QTest::keyClick(screen.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(screen.stored(u"retail_sales"_s, 3, EntryField::YtdValue) == 21.5);
    CHECK(screen.cell(u"retail_sales"_s, EntryField::YtdValue, 3).data().toString() == u"21.5"_s);
    // Undo and redo are revisions: nothing in the history is lost.
    CHECK(screen.workspace.entries().history({u"retail_sales"_s, 2022, 3}).size() == 3);
}

TEST_CASE("A pasted block with bad cells applies nothing and names every bad cell", "[entry]")
{
    test::TestFolder folder;
    EntryScreen screen(folder.path(u"badpaste.sqlite"_s));
    QApplication::clipboard()->setText(u"14.2\tabc\t28.9\n12.9\t19.3\t1.2.3\n"_s);
    screen.view->setFocus();
    screen.view->setCurrentIndex(screen.cell(u"retail_sales"_s, EntryField::YtdValue, 2));
    QTest::keyClick(screen.view, Qt::Key_V, Qt::ControlModifier);
    CHECK_FALSE(screen.stored(u"retail_sales"_s, 2, EntryField::YtdValue));
    CHECK(screen.window->undoStack()->count() == 0);
    const QString text = screen.message->text();
    CHECK(text.contains(u"“abc”"_s));
    CHECK(text.contains(u"“1.2.3”"_s));
    CHECK(text.contains(u"Jan–Mar"_s)); // abc landed in 1-3月
    CHECK(text.count(u'\n') == 1);      // two lines: one per bad cell
}

TEST_CASE("Delete clears the selected figures in one undoable step", "[entry]")
{
    test::TestFolder folder;
    EntryScreen screen(folder.path(u"delete.sqlite"_s));
    const QModelIndex march = screen.cell(u"pm25"_s, EntryField::YtdValue, 3);
    screen.type(march, u"45"_s);
    screen.view->setCurrentIndex(march);
    QTest::keyClick(screen.view, Qt::Key_Delete);
    CHECK_FALSE(screen.stored(u"pm25"_s, 3, EntryField::YtdValue));
    screen.window->undoStack()->undo();
    CHECK(screen.stored(u"pm25"_s, 3, EntryField::YtdValue) == 45.0);
}

TEST_CASE("An unusual figure is stored only when confirmed, with the note", "[entry]")
{
    test::TestFolder folder;
    EntryScreen screen(folder.path(u"warning.sqlite"_s));
    screen.workspace.entries().recordAll({
        Entry{{u"retail_sales"_s, 2022, 6}, 46.50, 41.90, std::nullopt, {}, {}, u"li"_s, QDateTime::currentDateTimeUtc()},
    });
    const QModelIndex growth = screen.cell(u"retail_sales"_s, EntryField::PublishedGrowth, 6);
    std::optional<QString> answer; // the user cancels first
    QStringList shown;
    screen.page->editor()->setWarningConfirmation([&](const QStringList &warnings) {
        shown = warnings;
        return answer;
    });
    screen.type(growth, u"12.9"_s);
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().contains(u"10.98"_s));
    CHECK_FALSE(screen.stored(u"retail_sales"_s, 6, EntryField::PublishedGrowth));

    answer = u"区统计局口径调整"_s;
    screen.type(growth, u"12.9"_s);
    CHECK(screen.stored(u"retail_sales"_s, 6, EntryField::PublishedGrowth) == 12.9);
    CHECK(screen.workspace.entries().latest({u"retail_sales"_s, 2022, 6})->note == u"区统计局口径调整"_s);
    CHECK(growth.data(EntryGridModel::HasNoteRole).toBool());
}

TEST_CASE("Quarterly indicators take figures only at quarter ends", "[entry]")
{
    test::TestFolder folder;
    EntryScreen screen(folder.path(u"quarterly.sqlite"_s));
    CHECK_FALSE(screen.model->flags(screen.cell(u"gdp"_s, EntryField::PublishedGrowth, 5)) & Qt::ItemIsEditable);
    CHECK(screen.model->flags(screen.cell(u"gdp"_s, EntryField::PublishedGrowth, 6)) & Qt::ItemIsEditable);
}

TEST_CASE("Figures typed in the window are there after reopening the file", "[entry]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"reopen.sqlite"_s);
    {
        EntryScreen screen(path);
        screen.type(screen.cell(u"fai"_s, EntryField::PublishedGrowth, 2), u"10.2"_s);
        screen.type(screen.cell(u"unemployment_city"_s, EntryField::YtdValue, 3), u"5.4"_s);
        screen.window->close();
    }
    Workspace reopened(path);
    CHECK(fieldValue(*reopened.entries().latest({u"fai"_s, 2022, 2}), EntryField::PublishedGrowth) == 10.2);
    CHECK(reopened.entries().latest({u"unemployment_city"_s, 2022, 3})->ytdValue == 5.4);
}

TEST_CASE("A figure still being typed is stored when the window closes", "[entry]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"closing.sqlite"_s);
    {
        EntryScreen screen(path);
        screen.view->setFocus();
        screen.view->setCurrentIndex(screen.cell(u"income"_s, EntryField::YtdValue, 3));
        QTest::keyClicks(screen.view, u"1"_s);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        // No Enter: the user closes the window instead. The editor loses
        // focus as the window closes, and the delegate stores the figure.
        editor->insert(u"0850"_s);
        screen.window->close();
    }
    Workspace reopened(path);
    REQUIRE(reopened.entries().latest({u"income"_s, 2022, 3}));
    CHECK(reopened.entries().latest({u"income"_s, 2022, 3})->ytdValue == 10850.0);
}

TEST_CASE("A figure someone else stored first is not replaced unless the user chooses so, and nothing is lost",
          "[entry][conflict]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"conflict.sqlite"_s);
    EntryScreen screen(path);
    const QModelIndex march = screen.cell(u"retail_sales"_s, EntryField::YtdValue, 3);
    screen.type(march, u"22.10"_s);
    {
        // Another window stores its figure before this one has looked again.
        Workspace other(path);
        writeFigureChanges(other.entries(), {FigureChange{{u"retail_sales"_s, 2022, 3}, EntryField::YtdValue, 22.10,
                                                          22.40, {}}},
                           ChangeDirection::Apply,
                           EntryStamp{{}, u"liu"_s, QDateTime::currentDateTimeUtc()});
    }
    QStringList asked;
    bool storeMine = false;
    screen.page->editor()->setConflictChoice([&](const QStringList &conflicts) {
        asked = conflicts;
        return storeMine;
    });
    screen.type(march, u"22.30"_s);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().contains(u"liu"_s));
    CHECK(asked.first().contains(u"22.4"_s));
    CHECK(asked.first().contains(u"22.3"_s));
    CHECK(screen.stored(u"retail_sales"_s, 3, EntryField::YtdValue) == 22.40);
    CHECK(screen.message->text().contains(u"kept"_s));

    // Typed again, the user stores theirs over liu's; undo brings liu's back.
    asked.clear();
    storeMine = true;
    screen.type(march, u"22.30"_s);
    CHECK(screen.stored(u"retail_sales"_s, 3, EntryField::YtdValue) == 22.30);
    screen.window->findChild<QUndoStack *>()->undo();
    CHECK(screen.stored(u"retail_sales"_s, 3, EntryField::YtdValue) == 22.40);
}

TEST_CASE("On a lost server the window says so, keeps typed figures marked as not stored, and stores them when it is back",
          "[entry][server][faults]")
{
    test::PrivateServer server;
    {
        Workspace prepared(server.location(), bundledSeed, BackupSet::DefaultKeep, Database::SchemaChanges::Allowed);
    }
    EntryScreen screen(server.location());
    auto *banner = screen.window->findChild<QLabel *>(u"connectionBanner"_s);
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    const QModelIndex march = screen.cell(u"retail_sales"_s, EntryField::YtdValue, 3);
    screen.type(march, u"22.10"_s);
    REQUIRE(screen.stored(u"retail_sales"_s, 3, EntryField::YtdValue) == 22.10);

    server.crash();
    const QModelIndex june = screen.cell(u"retail_sales"_s, EntryField::YtdValue, 6);
    screen.type(june, u"45.80"_s);
    // Refused in words; the figure stays on screen, marked as not stored.
    CHECK(screen.message->text().contains(u"not stored"_s));
    CHECK(june.data(EntryGridModel::UnstoredRole).toBool());
    CHECK(june.data().toString() == u"45.8"_s);
    CHECK(june.data(Qt::ToolTipRole).toString().contains(u"Not stored"_s));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    CHECK(banner->text().contains(u"lost"_s));

    server.start();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(!june.data(EntryGridModel::UnstoredRole).toBool(), 5000);
    CHECK(screen.stored(u"retail_sales"_s, 6, EntryField::YtdValue) == 45.80);
    CHECK(screen.stored(u"retail_sales"_s, 3, EntryField::YtdValue) == 22.10);
}
