// File → Import figures… with the city's comparison table: recognised by
// its unit names, previewed in words, imported on the user's word, and
// taken back and made again by Edit → Undo and Redo, the dashboard
// following each step.
#include "app/import/importdialog.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const QString halfYearTable = QStringLiteral(ZHIBIAO_TEST_DATA "/city/zhuzhou-2022-h1-units-as-rows.csv");

QMessageBox *previewOf(MainWindow &window)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = window.findChild<QMessageBox *>(u"cityTablePreview"_s);
            return box && box->isVisible();
        },
        10'000);
    return shown ? box : nullptr;
}

QString industryStanding(MainWindow &window)
{
    auto *tile = window.findChild<QWidget *>(u"targetTile2"_s);
    REQUIRE(tile);
    auto *label = tile->findChild<QLabel *>(u"cityStanding"_s);
    REQUIRE(label);
    return label->isVisibleTo(tile) ? label->text() : QString();
}

} // namespace

TEST_CASE("The city's table imported in the window is previewed, stored on Import, and undone in one step",
          "[cityimport][mainwindow][import]")
{
    const test::TestFolder folder;
    Workspace workspace(folder.path(u"lukou.sqlite"_s));
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::English));
    MainWindow window(workspace, language);
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(industryStanding(window).isEmpty());

    // Cancel writes nothing.
    window.importFile(halfYearTable);
    QMessageBox *preview = previewOf(window);
    REQUIRE(preview);
    CHECK(preview->text().contains(u"the city's comparison table for 2022 Jan–Jun"_s));
    CHECK(preview->text().contains(u"New: 40; revised: 0; unchanged: 0."_s));
    CHECK_FALSE(window.findChild<ImportDialog *>()); // not the figures preview
    preview->button(QMessageBox::Cancel)->click();
    REQUIRE(QTest::qWaitFor([&] { return !window.findChild<QMessageBox *>(u"cityTablePreview"_s); }, 10'000));
    CHECK(workspace.comparison().figures(2022).isEmpty());

    window.importFile(halfYearTable);
    preview = previewOf(window);
    REQUIRE(preview);
    auto *import = preview->findChild<QPushButton *>(u"importCityTable"_s);
    REQUIRE(import);
    import->click();
    REQUIRE(QTest::qWaitFor([&] { return workspace.comparison().figures(2022).size() == 40; }, 10'000));
    // The dashboard shows the rank at once: 12.5 with only 天元's 13.0 ahead.
    REQUIRE(QTest::qWaitFor([&] { return industryStanding(window).startsWith(u"2nd of 9 in the city"_s); }, 10'000));

    auto *undo = window.findChild<QAction *>(u"undoAction"_s);
    auto *redo = window.findChild<QAction *>(u"redoAction"_s);
    REQUIRE(undo);
    REQUIRE(redo);
    undo->trigger();
    CHECK(workspace.comparison().figures(2022).isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return industryStanding(window).isEmpty(); }, 10'000));
    redo->trigger();
    CHECK(workspace.comparison().figures(2022).size() == 40);
    REQUIRE(QTest::qWaitFor([&] { return !industryStanding(window).isEmpty(); }, 10'000));
}
