// The indicators screen: an indicator added, edited, retired and deleted in
// the window, each one undo step, and at once in the entry grid and the
// import's matching; one with figures is never deleted.
#include "app/entry/entrypage.h"
#include "app/indicators/indicatordialog.h"
#include "app/indicators/indicatorspage.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/models/entrygridmodel.h"
#include "core/models/indicatortablemodel.h"
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testdatabase.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

Indicator tourism()
{
    return Indicator{u"tourism"_s, u"旅游总收入"_s, u"Tourism revenue"_s, u"亿元"_s, Frequency::Quarterly,
                     Reporting::AmountAndGrowth, false, false, 0, {u"全区旅游收入"_s}, 0};
}

struct IndicatorsScreen
{
    explicit IndicatorsScreen(const QString &path)
        : workspace(path)
    {
        language.choose(QString::fromLatin1(UiLanguage::English));
        window = std::make_unique<MainWindow>(workspace, language);
        window->showPage(MainWindow::IndicatorsScreen);
        page = window->findChild<IndicatorsPage *>();
        REQUIRE(page);
        message = page->findChild<QLabel *>(u"indicatorsMessage"_s);
        REQUIRE(message);
    }

    // The form answers with next, as a user filling it in would.
    void fillFormWith(const std::optional<Indicator> &next)
    {
        page->setForm([next](QWidget *, const std::optional<Indicator> &, const IndicatorUse &,
                             const QList<Indicator> &, int) { return next; });
    }
    void click(const QString &button)
    {
        auto *pushButton = page->findChild<QPushButton *>(button);
        REQUIRE(pushButton);
        REQUIRE(pushButton->isEnabled());
        QTest::mouseClick(pushButton, Qt::LeftButton);
    }
    void select(const QString &code)
    {
        const int row = page->model()->rowOf(code);
        REQUIRE(row >= 0);
        page->view()->setCurrentIndex(page->model()->index(row, 0));
    }
    // Whether the entry grid, built now or already, has a row for code.
    bool gridShows(const QString &code)
    {
        window->showPage(MainWindow::EntryScreen);
        const EntryGridModel *grid = window->findChild<EntryPage *>()->model();
        window->showPage(MainWindow::IndicatorsScreen);
        for (int row = 0; row < grid->rowCount(); ++row) {
            if (grid->row(row).indicator.code == code)
                return true;
        }
        return false;
    }

    Workspace workspace;
    UiLanguage language;
    std::unique_ptr<MainWindow> window;
    IndicatorsPage *page = nullptr;
    QLabel *message = nullptr;
};

} // namespace

TEST_CASE("An indicator added in the window is in the entry grid at once, and undo takes it away", "[indicators]")
{
    test::TestFolder folder;
    IndicatorsScreen screen(folder.path(u"add.sqlite"_s));
    CHECK_FALSE(screen.gridShows(u"tourism"_s)); // the grid is built before the indicator exists
    screen.fillFormWith(tourism());
    screen.click(u"addIndicator"_s);
    CHECK(screen.workspace.indicators().find(u"tourism"_s));
    CHECK(screen.page->model()->rowOf(u"tourism"_s) == screen.page->model()->rowCount() - 1);
    CHECK(screen.gridShows(u"tourism"_s));
    CHECK(screen.window->undoStack()->undoText() == u"Add indicator tourism"_s);

    screen.window->undoStack()->undo();
    CHECK_FALSE(screen.workspace.indicators().find(u"tourism"_s));
    CHECK(screen.page->model()->rowOf(u"tourism"_s) == -1);
    CHECK_FALSE(screen.gridShows(u"tourism"_s));
    screen.window->undoStack()->redo();
    CHECK(screen.workspace.indicators().find(u"tourism"_s)->aliases == QStringList{u"全区旅游收入"_s});
    CHECK(screen.gridShows(u"tourism"_s));
}

TEST_CASE("An edit and a retirement are undone step by step", "[indicators]")
{
    test::TestFolder folder;
    IndicatorsScreen screen(folder.path(u"edit.sqlite"_s));
    const Indicator before = *screen.workspace.indicators().find(u"retail_sales"_s);
    Indicator edited = before;
    edited.nameEn = u"Retail sales"_s;
    edited.aliases.append(u"社消零总额"_s);
    screen.select(u"retail_sales"_s);
    screen.fillFormWith(edited);
    screen.click(u"editIndicator"_s);
    CHECK(screen.workspace.indicators().find(u"retail_sales"_s) == edited);

    // Retired from the year after the one on screen: 2022 keeps it.
    screen.select(u"retail_sales"_s);
    screen.click(u"retireIndicator"_s);
    CHECK(screen.workspace.indicators().find(u"retail_sales"_s)->retiredFrom == 2023);
    CHECK(screen.message->text().contains(u"2023"_s));
    CHECK(screen.page->findChild<QPushButton *>(u"retireIndicator"_s)->text() == u"&Bring back"_s);
    CHECK(screen.gridShows(u"retail_sales"_s));
    screen.window->setYear(2023);
    CHECK_FALSE(screen.gridShows(u"retail_sales"_s));
    screen.window->setYear(2022); // clears the undo steps, as a change of year does

    screen.select(u"retail_sales"_s);
    screen.click(u"retireIndicator"_s); // brought back
    CHECK(screen.workspace.indicators().find(u"retail_sales"_s)->retiredFrom == 0);
    screen.window->undoStack()->undo();
    CHECK(screen.workspace.indicators().find(u"retail_sales"_s)->retiredFrom == 2023);
    screen.window->undoStack()->redo();
    CHECK(screen.workspace.indicators().find(u"retail_sales"_s) == edited);
}

TEST_CASE("An indicator with figures is not deleted, and the window says to retire it", "[indicators]")
{
    test::TestFolder folder;
    IndicatorsScreen screen(folder.path(u"delete.sqlite"_s));
    screen.fillFormWith(tourism());
    screen.click(u"addIndicator"_s);
    screen.workspace.entries().record(test::figure(u"tourism"_s, 2022, 3, 12.5, 11.0));

    screen.select(u"tourism"_s);
    screen.click(u"removeIndicator"_s);
    CHECK(screen.workspace.indicators().find(u"tourism"_s));
    CHECK(screen.message->text().contains(u"retire it instead"_s));
    CHECK(screen.window->undoStack()->undoText() == u"Add indicator tourism"_s); // nothing was pushed

    // Undoing the addition now would delete it: refused, the step dropped, the figures kept.
    screen.window->undoStack()->undo();
    CHECK(screen.workspace.indicators().find(u"tourism"_s));
    CHECK(screen.message->text().contains(u"retire it instead"_s));
    CHECK(screen.workspace.entries().forYear(2022).size() == 1);

    // One without figures or targets goes, and comes back with undo.
    Indicator unused = tourism();
    unused.code = u"tourism_nights"_s;
    unused.nameZh = u"旅游过夜人次"_s;
    unused.nameEn = u"Tourist overnight stays"_s;
    unused.aliases.clear();
    screen.fillFormWith(unused);
    screen.click(u"addIndicator"_s);
    screen.select(u"tourism_nights"_s);
    screen.click(u"removeIndicator"_s);
    CHECK_FALSE(screen.workspace.indicators().find(u"tourism_nights"_s));
    screen.window->undoStack()->undo();
    CHECK(screen.workspace.indicators().find(u"tourism_nights"_s));
}

TEST_CASE("An indicator added in the window is imported by its name and alias from a CSV", "[indicators][import]")
{
    test::TestFolder folder;
    const QString db = folder.path(u"import.sqlite"_s);
    {
        IndicatorsScreen screen(db);
        screen.fillFormWith(tourism());
        screen.click(u"addIndicator"_s);
    }
    const QString csv = folder.path(u"tourism.csv"_s);
    test::writeFile(csv, "指标,期间,本年累计,上年同期\n"
                         "旅游总收入,2022年1-3月,12.5,11.0\n"
                         "全区旅游收入,2022年1-6月,27.0,23.5\n");
    const test::CliRun run = test::runZhibiaoCli({u"import"_s, u"--db"_s, db, csv});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    Workspace workspace(db);
    const QList<Entry> figures = workspace.entries().forYear(2022);
    REQUIRE(figures.size() == 2);
    CHECK(figures.at(0).key.indicatorCode == u"tourism"_s);
    CHECK(figures.at(1).key.indicatorCode == u"tourism"_s);
}

TEST_CASE("The indicator form keeps what was typed while it is refused, and keeps an indicator's code in use",
          "[indicators]")
{
    const QList<Indicator> others = bundledSeed().indicators;
    IndicatorDialog added(std::nullopt, IndicatorUse{}, others, 2022);
    added.findChild<QLineEdit *>(u"code"_s)->setText(u"tourism"_s);
    added.findChild<QLineEdit *>(u"nameZh"_s)->setText(u"社零总额"_s); // retail sales' alias
    added.findChild<QLineEdit *>(u"nameEn"_s)->setText(u"Tourism revenue"_s);
    added.findChild<QPlainTextEdit *>(u"aliases"_s)->setPlainText(u"旅游收入\n\n 旅游收入 \n全区旅游收入"_s);
    added.open();
    added.accept();
    CHECK(added.isVisible());
    CHECK(added.findChild<QLabel *>(u"problem"_s)->text().contains(u"retail_sales"_s));
    added.findChild<QLineEdit *>(u"nameZh"_s)->setText(u"旅游总收入"_s);
    added.accept();
    CHECK(added.result() == QDialog::Accepted);
    const Indicator made = added.indicator();
    CHECK(made.code == u"tourism"_s);
    CHECK(made.aliases == QStringList{u"旅游收入"_s, u"全区旅游收入"_s});
    CHECK(made.retiredFrom == 0);

    const Indicator gdp = others.first();
    IndicatorDialog edited(gdp, IndicatorUse{true, {2022}}, others.mid(1), 2022);
    CHECK(edited.findChild<QLineEdit *>(u"code"_s)->isReadOnly());
    edited.findChild<QCheckBox *>(u"retired"_s)->setChecked(true);
    CHECK(edited.indicator().retiredFrom == 2023);
    CHECK(edited.indicator().code == u"gdp"_s);
}
