// The targets editor: city-set figures, text as written, undo, and a new
// year started from this one.
#include "app/mainwindow.h"
#include "app/targets/targetseditor.h"
#include "app/targets/targetspage.h"
#include "app/uilanguage.h"
#include "core/models/criteriontablemodel.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

struct TargetsScreen
{
    explicit TargetsScreen(const QString &path)
        : workspace(path)
    {
        language.choose(QString::fromLatin1(UiLanguage::Chinese));
        window = std::make_unique<MainWindow>(workspace, language);
        window->showPage(MainWindow::TargetsScreen);
        page = window->findChild<TargetsPage *>();
        REQUIRE(page);
        editor = page->editor();
        criteria = window->findChild<QTableView *>(u"criterionView"_s);
        targets = window->findChild<QTableView *>(u"targetView"_s);
        REQUIRE(criteria);
        REQUIRE(targets);
    }

    Workspace workspace;
    UiLanguage language;
    std::unique_ptr<MainWindow> window;
    TargetsPage *page = nullptr;
    TargetsEditor *editor = nullptr;
    QTableView *criteria = nullptr;
    QTableView *targets = nullptr;
};

} // namespace

TEST_CASE("The city-set grain figure is entered in the targets editor and can be undone", "[targets]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"grain.sqlite"_s));
    // Target 8 (grain) is row 7; its one criterion is the amount at least.
    screen.targets->setCurrentIndex(screen.targets->model()->index(7, 0));
    const QModelIndex figure = screen.criteria->model()->index(0, CriterionTableModel::FigureColumn);
    CHECK(figure.data().toString() == u"（待市里下达）"_s);
    REQUIRE(screen.editor->setCriterion(7, 0, CriterionTableModel::FigureColumn, u"92,000"_s));
    CHECK(screen.workspace.targets().forYear(2022).at(7).criteria.at(0).figure == 92000.0);
    CHECK(screen.criteria->model()->index(0, CriterionTableModel::FigureColumn).data().toString() == u"92,000"_s);

    screen.window->undoStack()->undo();
    CHECK_FALSE(screen.workspace.targets().forYear(2022).at(7).criteria.at(0).figure);
    screen.window->undoStack()->redo();
    CHECK(screen.workspace.targets().forYear(2022).at(7).criteria.at(0).figure == 92000.0);
}

TEST_CASE("A figure that is not a number is refused and the target kept", "[targets]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"badfigure.sqlite"_s));
    CHECK_FALSE(screen.editor->setCriterion(0, 0, CriterionTableModel::FigureColumn, u"八点五"_s));
    CHECK(screen.window->findChild<QLabel *>(u"targetsMessage"_s)->text().contains(u"不是数字"_s));
    CHECK(screen.workspace.targets().forYear(2022).at(0).criteria.at(0).figure == 8.5);
    // Empty where required: a growth target without its figure.
    CHECK_FALSE(screen.editor->setCriterion(0, 0, CriterionTableModel::FigureColumn, u""_s));
    CHECK(screen.window->findChild<QLabel *>(u"targetsMessage"_s)->text().contains(u"需要"_s));
    CHECK(screen.workspace.targets().forYear(2022).at(0).criteria.at(0).figure == 8.5);
    // A city-set figure may stay empty until the city announces it.
    CHECK(screen.editor->setCriterion(7, 0, CriterionTableModel::FigureColumn, u""_s));
}

TEST_CASE("Editing a statement changes the text in the UI language only", "[targets]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"text.sqlite"_s));
    REQUIRE(screen.editor->setTargetText(0, 2, u"增长9%"_s)); // TargetTableModel::StatementColumn
    const Target gdp = screen.workspace.targets().forYear(2022).at(0);
    CHECK(gdp.statementZh == u"增长9%"_s);
    CHECK(gdp.statementEn == u"Grow by 8.5%"_s);
    CHECK_FALSE(screen.editor->setTargetText(0, 2, u"  "_s)); // a blank statement is refused
}

TEST_CASE("Copying to the next year starts it with this year's targets", "[targets]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"copy.sqlite"_s));
    REQUIRE(screen.editor->copyToNextYear());
    const QList<Target> next = screen.workspace.targets().forYear(2023);
    REQUIRE(next.size() == 10);
    CHECK(next.at(0).year == 2023);
    CHECK(next.at(0).statementZh == u"增长8.5%"_s);
    // A second copy would overwrite 2023's targets: refused.
    CHECK_FALSE(screen.editor->copyToNextYear());
    // The year selector offers the new year.
    auto *years = screen.window->findChild<QComboBox *>(u"yearSelector"_s);
    CHECK(years->findData(2023) >= 0);
}
