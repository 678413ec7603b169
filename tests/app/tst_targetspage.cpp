// The targets editor: city-set figures, text as written, undo, and a new
// year started from this one.
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/targettile.h"
#include "app/mainwindow.h"
#include "app/targets/targetseditor.h"
#include "app/targets/targetspage.h"
#include "app/uilanguage.h"
#include "core/models/criteriontablemodel.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

struct TargetsScreen
{
    explicit TargetsScreen(const QString &path, const QList<Entry> &figures = {})
        : workspace(path)
    {
        workspace.entries().recordAll(figures);
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

// Industry above designated size grew 11.5% by June, against 12%: 0.5 behind.
Entry industryJune()
{
    return Entry{{u"industry_va"_s, 2022, 6}, std::nullopt, std::nullopt, 11.5, {}, u"区统计局"_s, u"zhang"_s,
                 QDateTime(QDate(2022, 7, 15), QTime(9, 0), Qt::UTC)};
}

// The light on the dashboard's tile of target ordinal.
QString tileLight(MainWindow &window, int ordinal)
{
    for (TargetTile *tile : window.findChild<DashboardView *>()->tiles()) {
        if (tile->ordinal() == ordinal)
            return tile->findChild<QLabel *>(u"light"_s)->text();
    }
    return {};
}

// Types text into a criterion's threshold cell as a user does: select the
// cell, type (which opens the editor), Enter.
void typeThreshold(TargetsScreen &screen, int criterionRow, const QString &text)
{
    const QModelIndex cell = screen.criteria->model()->index(criterionRow, CriterionTableModel::ThresholdColumn);
    screen.criteria->setCurrentIndex(cell);
    screen.criteria->setFocus();
    // The first key opens the editor on the cell, the rest go to it (an
    // editor closed before may not be deleted yet: take the one with focus).
    QTest::keyClick(screen.criteria, text.at(0).toLatin1());
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(line);
    QTest::keyClicks(line, text.mid(1));
    CHECK(line->text() == text);
    // The delegate commits Enter from the event loop, then closes the editor.
    const QPointer<QLineEdit> typed(line);
    QTest::keyClick(line, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !typed || !typed->isVisible(); }));
}

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

TEST_CASE("A yellow-light threshold typed in the editor is stored, the light follows, and undo restores the default",
          "[targets][lights]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"threshold.sqlite"_s), {industryJune()});
    screen.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(screen.window.get()));
    // Target 2 (industry, growth at least 12%) is row 1. No threshold of
    // its own: the default, read from the warning light, in grey.
    screen.targets->setCurrentIndex(screen.targets->model()->index(1, 0));
    const QModelIndex cell = screen.criteria->model()->index(0, CriterionTableModel::ThresholdColumn);
    CHECK(cell.data().toString() == u"默认 1个百分点"_s);
    CHECK(cell.data(Qt::EditRole).toString().isEmpty());
    CHECK(cell.data(Qt::ForegroundRole).isValid());
    // 0.5 behind is within the default 1 point: yellow.
    CHECK(tileLight(*screen.window, 2) == u"▲ 黄灯"_s);

    // The editor opened on the empty cell says what empty means.
    screen.criteria->setCurrentIndex(cell);
    screen.criteria->edit(cell);
    auto *line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(line);
    CHECK(line->placeholderText() == u"默认 1个百分点"_s);
    QTest::keyClick(line, Qt::Key_Escape);

    typeThreshold(screen, 0, u"0.3"_s);
    CHECK(screen.workspace.targets().forYear(2022).at(1).criteria.at(0).warningThreshold == 0.3);
    // Read back from the file by a workspace of its own.
    CHECK(Workspace(folder.path(u"threshold.sqlite"_s)).targets().forYear(2022).at(1).criteria.at(0).warningThreshold
          == 0.3);
    CHECK(screen.criteria->model()->index(0, CriterionTableModel::ThresholdColumn).data().toString()
          == u"0.3个百分点"_s);
    // 0.5 behind is more than 0.3: red, on the dashboard at once.
    REQUIRE(QTest::qWaitFor([&] { return tileLight(*screen.window, 2) == u"■ 红灯"_s; }));

    screen.window->undoStack()->undo();
    CHECK_FALSE(screen.workspace.targets().forYear(2022).at(1).criteria.at(0).warningThreshold);
    REQUIRE(QTest::qWaitFor([&] { return tileLight(*screen.window, 2) == u"▲ 黄灯"_s; }));
    CHECK(screen.criteria->model()->index(0, CriterionTableModel::ThresholdColumn).data().toString()
          == u"默认 1个百分点"_s);
    screen.window->undoStack()->redo();
    CHECK(screen.workspace.targets().forYear(2022).at(1).criteria.at(0).warningThreshold == 0.3);
    REQUIRE(QTest::qWaitFor([&] { return tileLight(*screen.window, 2) == u"■ 红灯"_s; }));
}

TEST_CASE("A threshold that is not a number or is negative is refused with a message, the stored one kept",
          "[targets][lights]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"badthreshold.sqlite"_s));
    screen.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(screen.window.get()));
    screen.targets->setCurrentIndex(screen.targets->model()->index(1, 0));
    REQUIRE(screen.editor->setCriterion(1, 0, CriterionTableModel::ThresholdColumn, u"0.5"_s));
    const int steps = screen.window->undoStack()->count();
    auto *message = screen.window->findChild<QLabel *>(u"targetsMessage"_s);

    typeThreshold(screen, 0, u"0.5pp"_s);
    CHECK(message->text().contains(u"“0.5pp”不是数字"_s));
    CHECK(screen.workspace.targets().forYear(2022).at(1).criteria.at(0).warningThreshold == 0.5);

    typeThreshold(screen, 0, u"-1"_s);
    CHECK(message->text().contains(u"不能为负数"_s));
    CHECK(message->text().contains(u"-1"_s));
    CHECK(screen.workspace.targets().forYear(2022).at(1).criteria.at(0).warningThreshold == 0.5);
    CHECK(screen.window->undoStack()->count() == steps); // nothing to undo was added

    // Empty (or "—") goes back to the default.
    REQUIRE(screen.editor->setCriterion(1, 0, CriterionTableModel::ThresholdColumn, u"—"_s));
    CHECK_FALSE(screen.workspace.targets().forYear(2022).at(1).criteria.at(0).warningThreshold);
}

TEST_CASE("Amounts count their threshold in points of time progress and a new kind drops a threshold it no longer fits",
          "[targets][lights]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"amountthreshold.sqlite"_s));
    // Target 8 (grain) is row 7: an amount of at least the city's figure.
    screen.targets->setCurrentIndex(screen.targets->model()->index(7, 0));
    CHECK(screen.criteria->model()->index(0, CriterionTableModel::ThresholdColumn).data().toString()
          == u"默认 时间进度10个百分点"_s);
    REQUIRE(screen.editor->setCriterion(7, 0, CriterionTableModel::ThresholdColumn, u"5"_s));
    CHECK(screen.criteria->model()->index(0, CriterionTableModel::ThresholdColumn).data().toString()
          == u"时间进度5个百分点"_s);
    // Five points of time progress mean nothing for a growth target.
    REQUIRE(screen.editor->setCriterion(7, 0, CriterionTableModel::KindColumn, u"growth_at_least"_s));
    CHECK_FALSE(screen.workspace.targets().forYear(2022).at(7).criteria.at(0).warningThreshold);
}

TEST_CASE("In English a threshold reads with its unit, one point singular", "[targets][lights]")
{
    test::TestFolder folder;
    TargetsScreen screen(folder.path(u"englishthreshold.sqlite"_s));
    screen.language.choose(QString::fromLatin1(UiLanguage::English));
    screen.page->reload();
    screen.targets->setCurrentIndex(screen.targets->model()->index(1, 0));
    const auto threshold = [&] {
        return screen.criteria->model()->index(0, CriterionTableModel::ThresholdColumn).data().toString();
    };
    CHECK(threshold() == u"default: 1 percentage point"_s);
    REQUIRE(screen.editor->setCriterion(1, 0, CriterionTableModel::ThresholdColumn, u"0.3"_s));
    CHECK(threshold() == u"0.3 percentage points"_s);
    // PM2.5 (target 10, second criterion) is a level in μg/m³: by default
    // 5% of last year's figure, its own threshold in the indicator's unit.
    screen.targets->setCurrentIndex(screen.targets->model()->index(9, 0));
    const QModelIndex pm25 = screen.criteria->model()->index(1, CriterionTableModel::ThresholdColumn);
    CHECK(pm25.data().toString() == u"default: 5% of the figure compared with"_s);
    REQUIRE(screen.editor->setCriterion(9, 1, CriterionTableModel::ThresholdColumn, u"2"_s));
    CHECK(screen.criteria->model()->index(1, CriterionTableModel::ThresholdColumn).data().toString()
          == u"2 μg/m³"_s);
}
