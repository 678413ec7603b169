#include "app/entry/entrypage.h"
#include "app/mainwindow.h"
#include "app/targets/targetspage.h"
#include "app/uilanguage.h"
#include "core/models/targettablemodel.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QMenu>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

} // namespace

TEST_CASE("The window lists the ten targets of the year in Chinese", "[mainwindow]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"window.sqlite"_s));
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese));
    MainWindow window(workspace, language);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
    REQUIRE(pages);
    pages->setCurrentIndex(MainWindow::TargetsScreen);

    auto *view = window.findChild<QTableView *>(u"targetView"_s);
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() == 10);
    CHECK(cell(view, 0, TargetTableModel::TitleColumn) == u"GDP"_s);
    CHECK(cell(view, 0, TargetTableModel::StatementColumn) == u"增长8.5%"_s);
    CHECK(cell(view, 0, TargetTableModel::IndicatorsColumn) == u"地区生产总值"_s);
    CHECK(cell(view, 8, TargetTableModel::IndicatorsColumn) == u"能源消费总量、单位地区生产总值能耗"_s);
    CHECK(cell(view, 9, TargetTableModel::StatementColumn) == u"持续改善"_s);
    CHECK(view->model()->headerData(TargetTableModel::StatementColumn, Qt::Horizontal).toString()
          == u"预期目标"_s);
    CHECK(window.windowTitle().contains(u"渌口区"_s));
    CHECK(window.findChild<QMenu *>(u"fileMenu"_s)->menuAction()->text() == u"文件(&F)"_s);
}

TEST_CASE("Switching the language retranslates the open window", "[mainwindow]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"language.sqlite"_s));
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese));
    MainWindow window(workspace, language);
    window.show();
    window.showPage(MainWindow::TargetsScreen);
    auto *view = window.findChild<QTableView *>(u"targetView"_s);
    REQUIRE(view);

    language.choose(QString::fromLatin1(UiLanguage::English));
    QCoreApplication::processEvents();
    CHECK(cell(view, 1, TargetTableModel::TitleColumn) == u"Industrial value added above designated size"_s);
    CHECK(window.windowTitle().contains(u"Lukou District"_s));
    CHECK(window.findChild<QMenu *>(u"fileMenu"_s)->menuAction()->text() == u"&File"_s);
    CHECK(language.saved() == u"en"_s);

    language.choose(QString::fromLatin1(UiLanguage::Chinese));
    QCoreApplication::processEvents();
    CHECK(cell(view, 1, TargetTableModel::TitleColumn) == u"规模工业增加值"_s);
}

TEST_CASE("The entry and targets screens are built when first shown", "[mainwindow]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"deferred.sqlite"_s));
    UiLanguage language;
    MainWindow window(workspace, language);
    window.findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(MainWindow::DashboardPage);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The dashboard is up without them: they cost start-up time (docs/performance.md).
    CHECK(window.findChild<EntryPage *>() == nullptr);
    CHECK(window.findChild<TargetsPage *>() == nullptr);

    window.findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(MainWindow::EntryScreen);
    CHECK(window.findChild<EntryPage *>() != nullptr);
    CHECK(window.findChild<TargetsPage *>() == nullptr);
    // Built for the year the window is on, not the one it opened with.
    window.setYear(2023);
    window.showPage(MainWindow::TargetsScreen);
    REQUIRE(window.findChild<TargetsPage *>() != nullptr);
    CHECK(window.findChild<TargetsPage *>()->year() == 2023);
}
