// The city's comparison table typed in by hand, on the window's City
// comparison screen driven as a user drives it: a growth typed is stored
// (read back through ComparisonRepository) and the dashboard's rank
// follows, undo and redo, a pasted block, a bad paste that changes
// nothing and says why, Delete, and a read-only file. On both engines:
// the grid writes through the repository.
#include "app/city/citytablepage.h"
#include "app/city/peerfigureeditor.h"
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/targettile.h"
#include "app/entry/entrygridview.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/models/peergridmodel.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// A window on a fresh 2022 database with Lukou's own 1-6月 industry and
// GDP growth (so the screen opens on 1-6月), on the City comparison
// screen, in English.
struct CityScreen
{
    explicit CityScreen(std::unique_ptr<Workspace> opened)
        : workspace(std::move(opened))
    {
        language.choose(QString::fromLatin1(UiLanguage::English));
        workspace->entries().recordAll({test::figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.5),
                                        test::figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 5.3)});
        window = std::make_unique<MainWindow>(*workspace, language);
        window->showPage(MainWindow::CityScreen);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        page = window->findChild<CityTablePage *>();
        REQUIRE(page);
        view = page->view();
        model = page->model();
        message = page->findChild<QLabel *>(u"cityMessage"_s);
        dashboard = window->findChild<DashboardView *>();
        REQUIRE(message);
        REQUIRE(dashboard);
    }

    QModelIndex cell(const QString &unit, const QString &indicator) const
    {
        const QModelIndex index = model->indexOf(unit, indicator);
        REQUIRE(index.isValid());
        return index;
    }

    // Select the cell, type the text, press Enter: as a user does.
    void type(const QModelIndex &index, const QString &text)
    {
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClicks(view, text.left(1));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        REQUIRE(editor);
        editor->insert(text.mid(1));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits Enter through a queued call
    }

    void paste(const QModelIndex &topLeft, const QString &text)
    {
        QApplication::clipboard()->setText(text);
        view->setFocus();
        // As a click does: the block goes to the top left of the selection.
        view->selectionModel()->setCurrentIndex(topLeft, QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    }

    // The unit's 1-6月 figure as stored, read back through the repository.
    std::optional<PeerFigure> stored(const QString &unit, const QString &indicator) const
    {
        for (const PeerFigure &figure : workspace->comparison().figures(2022)) {
            if (figure.unitCode == unit && figure.indicatorCode == indicator && figure.month == 6)
                return figure;
        }
        return std::nullopt;
    }

    // What the dashboard's industry tile (target 2) says of the city.
    QString industryStanding() const
    {
        for (TargetTile *tile : dashboard->tiles()) {
            if (tile->ordinal() == 2) {
                const auto *label = tile->findChild<QLabel *>(u"cityStanding"_s);
                return label && !label->isHidden() ? label->text() : QString();
            }
        }
        return {};
    }

    std::unique_ptr<Workspace> workspace;
    UiLanguage language;
    std::unique_ptr<MainWindow> window;
    CityTablePage *page = nullptr;
    EntryGridView *view = nullptr;
    PeerGridModel *model = nullptr;
    QLabel *message = nullptr;
    DashboardView *dashboard = nullptr;
};

} // namespace

TEST_CASE("The city's table opens on the dashboard's period with the units down and growth-judged indicators across",
          "[city][citygrid]")
{
    test::TestFolder folder;
    CityScreen screen(std::make_unique<Workspace>(folder.path(u"layout.sqlite"_s)));
    CHECK(screen.model->month() == 6); // the latest month with the district's figures
    CHECK(screen.page->findChild<QComboBox *>(u"cityMonth"_s)->currentText() == u"Jan–Jun"_s);
    // As the units are stored: the city first, then Zhuzhou's nine.
    REQUIRE(screen.model->rowCount() == 10);
    CHECK(screen.model->index(0, 0).data().toString() == u"Zhuzhou (city)"_s);
    CHECK(screen.model->index(5, 0).data().toString() == u"Lukou District"_s);
    // The seeded targets judge GDP, industry, investment, revenue, retail
    // sales by growth, and income by growth against GDP's.
    QStringList codes;
    for (const Indicator &indicator : screen.model->columns())
        codes.append(indicator.code);
    CHECK(codes.contains(u"gdp"_s));
    CHECK(codes.contains(u"industry_va"_s));
    CHECK_FALSE(codes.contains(u"grain_output"_s)); // an amount target, not ranked
    // GDP is quarterly: June takes it, May does not.
    CHECK(screen.cell(u"lukou"_s, u"gdp"_s).flags() & Qt::ItemIsEditable);
    screen.page->setMonth(5);
    CHECK_FALSE(screen.cell(u"lukou"_s, u"gdp"_s).flags() & Qt::ItemIsEditable);
    CHECK(screen.cell(u"lukou"_s, u"industry_va"_s).flags() & Qt::ItemIsEditable);
}

TEST_CASE("A growth typed in the city's table is stored, the dashboard's rank follows, undo takes it back",
          "[city][citygrid]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    CityScreen screen(place.open());
    CHECK(screen.industryStanding().isEmpty()); // no city table yet

    const QModelIndex city = screen.cell(u"city"_s, u"industry_va"_s);
    screen.type(city, u"11.6"_s);
    CHECK(screen.view->currentIndex().row() == city.row() + 1); // Enter moves down
    screen.type(screen.cell(u"lukou"_s, u"industry_va"_s), u"12.5"_s);
    screen.type(screen.cell(u"tianyuan"_s, u"industry_va"_s), u"13.0"_s);

    const std::optional<PeerFigure> tianyuan = screen.stored(u"tianyuan"_s, u"industry_va"_s);
    REQUIRE(tianyuan);
    CHECK(tianyuan->growth == 13.0);
    CHECK(screen.cell(u"tianyuan"_s, u"industry_va"_s).data().toString() == u"13"_s);
    CHECK(screen.message->text().contains(u"Stored 1 figure"_s));
    // 天元 13.0 > 渌口 12.5 of two units; the city 11.6: 12.5 − 11.6 = +0.9.
    CHECK(screen.industryStanding() == u"2nd of 2 in the city, 0.9 points above the city average"_s);

    QUndoStack *undo = screen.window->undoStack();
    REQUIRE(undo->count() == 3);
    CHECK(undo->undoText().contains(u"Tianyuan District"_s));
    undo->undo();
    CHECK_FALSE(screen.stored(u"tianyuan"_s, u"industry_va"_s));
    CHECK(screen.cell(u"tianyuan"_s, u"industry_va"_s).data().toString().isEmpty());
    CHECK(screen.industryStanding() == u"1st of 1 in the city, 0.9 points above the city average"_s);
    undo->redo();
    CHECK(screen.stored(u"tianyuan"_s, u"industry_va"_s)->growth == 13.0);
    CHECK(screen.industryStanding() == u"2nd of 2 in the city, 0.9 points above the city average"_s);

    // Delete clears the growth, one undo step.
    screen.view->setCurrentIndex(screen.cell(u"tianyuan"_s, u"industry_va"_s));
    QTest::keyClick(screen.view, Qt::Key_Delete);
    CHECK_FALSE(screen.stored(u"tianyuan"_s, u"industry_va"_s));
    CHECK(undo->count() == 4);
    undo->undo();
    CHECK(screen.stored(u"tianyuan"_s, u"industry_va"_s)->growth == 13.0);
}

TEST_CASE("A block pasted into the city's table is one undo step and keeps what an import stored beside it",
          "[city][citygrid]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    CityScreen screen(place.open());
    // An imported figure with the amount and the published rank (位次).
    screen.workspace->comparison().write({{u"lusong"_s, u"gdp"_s, 2022, 6, 4.0, 401.5, 8}});
    screen.page->reload();

    // Three units (荷塘, 芦淞, 石峰) × GDP and the indicator beside it, as
    // Excel puts them on the clipboard.
    const QModelIndex topLeft = screen.cell(u"hetang"_s, u"gdp"_s);
    REQUIRE(topLeft.column() + 1 < screen.model->columnCount());
    const QString next = screen.model->columns().at(topLeft.column()).code; // the column after GDP's
    screen.paste(topLeft, u"4.6\t8.1\r\n5.0\t7.6\r\n4.8\t9.0\r\n"_s);

    CHECK(screen.stored(u"hetang"_s, u"gdp"_s)->growth == 4.6);
    CHECK(screen.stored(u"hetang"_s, next)->growth == 8.1);
    CHECK(screen.stored(u"shifeng"_s, u"gdp"_s)->growth == 4.8);
    CHECK(screen.stored(u"shifeng"_s, next)->growth == 9.0);
    const PeerFigure lusong = *screen.stored(u"lusong"_s, u"gdp"_s);
    CHECK(lusong.growth == 5.0);
    CHECK(lusong.amount == 401.5);
    CHECK(lusong.publishedRank == 8);
    CHECK(screen.message->text().contains(u"Stored 6 figures"_s));

    QUndoStack *undo = screen.window->undoStack();
    REQUIRE(undo->count() == 1);
    undo->undo();
    CHECK_FALSE(screen.stored(u"hetang"_s, u"gdp"_s));
    CHECK_FALSE(screen.stored(u"shifeng"_s, next));
    // The imported figure is as it was.
    CHECK(*screen.stored(u"lusong"_s, u"gdp"_s) == PeerFigure{u"lusong"_s, u"gdp"_s, 2022, 6, 4.0, 401.5, 8});
}

TEST_CASE("A bad block pasted into the city's table changes nothing and names every bad cell", "[city][citygrid]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    CityScreen screen(place.open());
    screen.type(screen.cell(u"hetang"_s, u"industry_va"_s), u"8.1"_s);
    REQUIRE(screen.window->undoStack()->count() == 1);

    screen.paste(screen.cell(u"hetang"_s, u"industry_va"_s), u"9.9\tabc\n7.6\t1.2.3\n"_s);
    const QString said = screen.message->text();
    CHECK(said.contains(u"Nothing was pasted"_s));
    CHECK(said.contains(u"Hetang District · "_s));
    CHECK(said.contains(u"Lusong District · "_s));
    CHECK(said.contains(u"“abc” is not a number"_s));
    CHECK(screen.stored(u"hetang"_s, u"industry_va"_s)->growth == 8.1); // nothing already stored lost
    CHECK_FALSE(screen.stored(u"lusong"_s, u"industry_va"_s));
    CHECK(screen.window->undoStack()->count() == 1);

    // A block reaching past the last unit is refused whole too.
    screen.paste(screen.cell(u"yanling"_s, u"industry_va"_s), u"9.8\n1.0\n"_s);
    CHECK(screen.message->text().contains(u"beyond the table"_s));
    CHECK_FALSE(screen.stored(u"yanling"_s, u"industry_va"_s));

    // A typed value that is not a number: said at the cell, nothing stored.
    screen.type(screen.cell(u"hetang"_s, u"industry_va"_s), u"8.1x"_s);
    CHECK(screen.message->text().contains(u"is not a number"_s));
    CHECK(screen.stored(u"hetang"_s, u"industry_va"_s)->growth == 8.1);
    CHECK(screen.window->undoStack()->count() == 1);
}

TEST_CASE("On a read-only file the city's table shows its figures but takes none, and says why",
          "[city][citygrid][readonly]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"read only.sqlite"_s);
    {
        Workspace workspace(path);
        workspace.comparison().write({{u"lukou"_s, u"industry_va"_s, 2022, 6, 12.5, std::nullopt, std::nullopt}});
        workspace.entries().recordAll({test::figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.5)});
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = test::fileBytes(path);
    {
        auto workspace = std::make_unique<Workspace>(path);
        REQUIRE(workspace->database().isReadOnly());
        UiLanguage language;
        language.choose(QString::fromLatin1(UiLanguage::English));
        MainWindow window(*workspace, language);
        window.showPage(MainWindow::CityScreen);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        auto *page = window.findChild<CityTablePage *>();
        REQUIRE(page);
        const QModelIndex lukou = page->model()->indexOf(u"lukou"_s, u"industry_va"_s);
        REQUIRE(lukou.isValid());
        CHECK(lukou.data().toString() == u"12.5"_s);
        CHECK_FALSE(lukou.flags() & Qt::ItemIsEditable);
        CHECK(lukou.data(Qt::ToolTipRole).toString().contains(u"read-only"_s));
        page->view()->setFocus();
        page->view()->setCurrentIndex(lukou);
        QTest::keyClicks(page->view(), u"4"_s);
        CHECK_FALSE(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        CHECK_FALSE(page->editor()->submitText(lukou, u"13"_s));
        CHECK(page->findChild<QLabel *>(u"cityMessage"_s)->text().contains(u"read-only"_s));
        QTest::keyClick(page->view(), Qt::Key_Delete);
        CHECK(lukou.data().toString() == u"12.5"_s);
        CHECK(window.undoStack()->count() == 0);
        auto *units = window.findChild<QAction *>(u"comparisonUnitsAction"_s);
        REQUIRE(units);
        CHECK_FALSE(units->isEnabled());
        CHECK(units->toolTip().contains(u"read-only"_s));
    }
    CHECK(test::fileBytes(path) == before);
}
