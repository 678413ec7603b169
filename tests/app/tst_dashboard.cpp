// The dashboard driven offscreen: tiles, live updates, empty states and the
// detail charts. Figures are entered through the real repositories into a
// real file; every expected number is worked out in a comment.
#include "app/dashboard/chartvaluelabels.h"
#include "app/dashboard/criterionpanel.h"
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/targetdetailview.h"
#include "app/dashboard/targettile.h"
#include "app/dashboard/tilegrid.h"
#include "core/models/progresstablemodel.h"
#include "core/progress/statusstyle.h"
#include "core/storage/workspace.h"
#include "tests/support/progressfixture.h"
#include "tests/support/testdatabase.h"

#include <QChart>
#include <QChartView>
#include <QDeadlineTimer>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

// The city-set figures of 2022: grain 92,000 t; energy total at most 85
// (万吨标准煤) and intensity down 3%.
void enterCityFigures(Workspace &workspace)
{
    QList<Target> targets = workspace.targets().forYear(2022);
    targets[7] = withFigures(targets[7], {92000.0});
    targets[8] = withFigures(targets[8], {85.0, 3.0});
    workspace.targets().replaceYear(2022, targets);
}

// A plausible 1-6月 2022 for every target (as in tst_progress_comparison).
QList<Entry> june2022()
{
    return {
        figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 8.6),           // 8.6 − 8.5 = +0.1 → on track
        figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 11.2),  // 11.2 − 12 = −0.8 → behind
        figure(u"fai"_s, 2022, 6, std::nullopt, std::nullopt, 15.8),          // +0.8 → on track
        figure(u"budget_revenue"_s, 2022, 6, 54000.0, 50000.0),               // 54,000 ÷ 50,000 = 8.0% → on track
        figure(u"retail_sales"_s, 2022, 6, std::nullopt, std::nullopt, 12.4), // +0.4 → on track
        figure(u"unemployment"_s, 2022, 6, 5.1),                              // below the city's 5.4 → on track
        figure(u"unemployment_city"_s, 2022, 6, 5.4),
        figure(u"income"_s, 2022, 6, std::nullopt, std::nullopt, 7.9),        // 7.9 < GDP's 8.6 → behind
        figure(u"grain"_s, 2022, 6, 20000.0),                                 // 20,000 ÷ 92,000 = 21.7% < 50% → behind
        figure(u"energy_total"_s, 2022, 6, 41.0),                             // 41 ÷ 85 = 48.2% ≤ 50% → on track
        figure(u"energy_intensity"_s, 2022, 6, std::nullopt, std::nullopt, -3.4), // −3.4 ≤ −3 → on track
        figure(u"pm25"_s, 2022, 6, 38.0, 41.0),                               // 38 < 41 → better
        figure(u"air_good_days"_s, 2022, 6, 89.0, 88.0),                      // 89 > 88 → better
    };
}

TargetTile *tileOf(DashboardView &view, int ordinal)
{
    for (TargetTile *tile : view.tiles()) {
        if (tile->ordinal() == ordinal)
            return tile;
    }
    return nullptr;
}

QString labelText(QWidget *parent, const QString &name)
{
    QLabel *label = parent->findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

QLineSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

// A dashboard on a fresh 2022 database, shown at the size the window opens with.
struct Dashboard
{
    TestFolder folder;
    Workspace workspace{folder.path(u"dashboard.sqlite"_s)};
    DashboardView view{workspace};

    Dashboard()
    {
        view.resize(1280, 720);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
};

} // namespace

TEST_CASE("The dashboard shows the ten targets of 2022 with their verdicts as of June", "[dashboard]")
{
    Dashboard dashboard;
    enterCityFigures(dashboard.workspace);
    dashboard.workspace.entries().recordAll(june2022());
    DashboardView &view = dashboard.view;

    CHECK(view.asOf().month() == 6); // the latest month with figures
    REQUIRE(view.tiles().size() == 10);
    const QList<Status> expected = {Status::OnTrack, Status::Behind,  Status::OnTrack, Status::OnTrack,
                                    Status::OnTrack, Status::OnTrack, Status::Behind,  Status::Behind,
                                    Status::OnTrack, Status::OnTrack};
    for (int ordinal = 1; ordinal <= 10; ++ordinal) {
        INFO("target " << ordinal);
        TargetTile *tile = tileOf(view, ordinal);
        REQUIRE(tile);
        CHECK(tile->series()->latest().status == expected.at(ordinal - 1));
        // The status is said in words and with a symbol, never by colour alone.
        CHECK(labelText(tile, u"status"_s) == StatusStyle::label(expected.at(ordinal - 1)));
    }
    TargetTile *gdp = tileOf(view, 1);
    CHECK(labelText(gdp, u"title"_s) == u"GDP"_s);
    CHECK(labelText(gdp, u"statement"_s) == u"Grow by 8.5%"_s);
    CHECK(labelText(gdp, u"actual"_s) == u"8.6%"_s);
    CHECK(labelText(gdp, u"gap"_s) == u"Gap +0.1 pp"_s);
    CHECK(labelText(tileOf(view, 2), u"gap"_s) == u"Gap \u22120.8 pp"_s); // 11.2 − 12
    // The warning lights, in words with a symbol and their threshold on hover:
    // GDP +0.1 is green; industry 0.8 behind is within 1 point, yellow.
    CHECK(labelText(gdp, u"light"_s) == u"● Green"_s);
    CHECK(labelText(tileOf(view, 2), u"light"_s) == u"▲ Yellow"_s);
    CHECK(tileOf(view, 2)->findChild<QLabel *>(u"light"_s)->toolTip()
          == u"yellow: behind by no more than 1 percentage points"_s);
    // Grain's 21.7% against 50.0% of the year is 28.3 points behind: red.
    CHECK(labelText(tileOf(view, 8), u"light"_s) == u"■ Red"_s);

    // Unemployment shows both series: 5.1% here, the city's 5.4%; 5.4 − 5.1 = 0.3 pp below.
    TargetTile *unemployment = tileOf(view, 6);
    CHECK(labelText(unemployment, u"actual"_s) == u"5.1%"_s);
    CHECK(labelText(unemployment, u"secondary"_s).contains(u"Urban surveyed unemployment rate, city average: 5.4%"_s));
    CHECK(labelText(unemployment, u"gap"_s) == u"Gap +0.3 pp"_s);
    // Income against GDP growth: 7.9 − 8.6 = −0.7 pp.
    CHECK(labelText(tileOf(view, 7), u"secondary"_s).contains(u"Gross domestic product (GDP), growth: 8.6%"_s));
    CHECK(labelText(tileOf(view, 7), u"gap"_s) == u"Gap \u22120.7 pp"_s);

    // Revenue is also an amount: without 2021's full year there is no annual
    // amount to complete, so no completion is shown.
    CHECK(labelText(tileOf(view, 4), u"completion"_s).isEmpty());
    // Grain: 20,000 of 92,000 t = 21.7% against June's 50.0%.
    CHECK(labelText(tileOf(view, 8), u"completion"_s) == u"Completion 21.7% · time progress 50.0%"_s);
    // Energy has two criteria, each named: total 41 of 85 = 48.2%; intensity −3.4% (−3.4 − (−3) = 0.4 pp better).
    const QList<QLabel *> energyNames = tileOf(view, 9)->findChildren<QLabel *>(u"criterionName"_s);
    REQUIRE(energyNames.size() == 2);
    CHECK(energyNames.at(1)->text() == u"Energy consumption per unit of GDP"_s);
    CHECK(labelText(tileOf(view, 9), u"completion"_s) == u"Completion 48.2% · time progress 50.0%"_s);

    CHECK(view.findChild<QWidget *>(u"emptyState"_s)->isHidden());
}

TEST_CASE("A recorded entry changes its tile without a restart", "[dashboard]")
{
    Dashboard dashboard;
    enterCityFigures(dashboard.workspace);
    dashboard.workspace.entries().recordAll(june2022());
    TargetTile *industry = tileOf(dashboard.view, 2);
    REQUIRE(industry->series()->latest().status == Status::Behind);

    // June's industrial growth revised from 11.2% to 12.3%: 12.3 − 12 = +0.3 pp → on track.
    dashboard.workspace.entries().record(figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.3));
    CHECK(industry->series()->latest().status == Status::OnTrack);
    CHECK(labelText(industry, u"status"_s) == StatusStyle::label(Status::OnTrack));
    CHECK(labelText(industry, u"actual"_s) == u"12.3%"_s);
    CHECK(labelText(industry, u"gap"_s) == u"Gap +0.3 pp"_s);

    // A July figure moves "as of" to July, since the user has not picked a period.
    dashboard.workspace.entries().record(figure(u"industry_va"_s, 2022, 7, std::nullopt, std::nullopt, 11.9));
    CHECK(dashboard.view.asOf().month() == 7);
    CHECK(labelText(industry, u"gap"_s) == u"Gap \u22120.1 pp"_s); // 11.9 − 12
    // A period the user picked stays picked.
    dashboard.view.setAsOf(*Period::fromMonth(6));
    dashboard.workspace.entries().record(figure(u"fai"_s, 2022, 8, std::nullopt, std::nullopt, 15.1));
    CHECK(dashboard.view.asOf().month() == 6);
    CHECK(labelText(industry, u"actual"_s) == u"12.3%"_s);
}

TEST_CASE("An empty year says what is missing and leads to the entry screen", "[dashboard][empty]")
{
    Dashboard dashboard;
    DashboardView &view = dashboard.view;
    auto *empty = view.findChild<QWidget *>(u"emptyState"_s);
    REQUIRE(empty);
    CHECK_FALSE(empty->isHidden());
    CHECK(labelText(&view, u"emptyStateText"_s)
          == u"No figures entered for 2022 yet — open the monthly figures screen to enter them."_s);
    REQUIRE(view.tiles().size() == 10);
    CHECK(tileOf(view, 1)->series()->latest().status == Status::NoData);
    CHECK(labelText(tileOf(view, 1), u"missing"_s)
          == u"No figures of Gross domestic product (GDP) up to Jan–Dec yet."_s);

    QSignalSpy requested(&view, &DashboardView::entryScreenRequested);
    QTest::mouseClick(view.findChild<QPushButton *>(u"openEntryScreen"_s), Qt::LeftButton);
    CHECK(requested.count() == 1);

    // A figure arrives: the note goes; the grain tile still says the city's figure is missing.
    dashboard.workspace.entries().record(figure(u"grain"_s, 2022, 7, 45000.0));
    CHECK(empty->isHidden());
    CHECK(labelText(tileOf(view, 8), u"actual"_s) == u"45,000 吨"_s);
    CHECK(labelText(tileOf(view, 8), u"missing"_s)
          == u"The city-set target figure for Grain output has not been entered yet."_s);

    // A year without targets says so, and there is nothing to enter figures for.
    view.setYear(2031);
    CHECK(view.tiles().isEmpty());
    CHECK(labelText(&view, u"emptyStateText"_s).startsWith(u"No targets have been set for 2031 yet."_s));
    CHECK(view.findChild<QPushButton *>(u"openEntryScreen"_s)->isHidden());
}

TEST_CASE("A growth target's detail chart has the growth, the target line and last year's path",
          "[dashboard][chart]")
{
    Dashboard dashboard;
    dashboard.workspace.entries().recordAll({
        figure(u"gdp"_s, 2021, 3, std::nullopt, std::nullopt, 18.3),
        figure(u"gdp"_s, 2021, 6, std::nullopt, std::nullopt, 12.7),
        figure(u"gdp"_s, 2022, 3, std::nullopt, std::nullopt, 7.9),
        figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 8.6),
    });
    DashboardView &view = dashboard.view;
    QTest::mouseClick(tileOf(view, 1), Qt::LeftButton);
    TargetDetailView *detail = view.openDetailView();
    REQUIRE(detail);
    CHECK(detail->ordinal() == 1);
    REQUIRE(detail->panels().size() == 1);
    CriterionPanel *panel = detail->panels().first();
    CHECK(panel->showsChart());
    QChart *chart = panel->chartView()->chart();
    REQUIRE(chart->series().size() == 3);

    // As of June: Q1 7.9%, H1 8.6%; Q1-Q3 and the full year are still to come.
    QLineSeries *growth = seriesNamed(chart, u"Growth, year to date"_s);
    REQUIRE(growth);
    CHECK(growth->points() == QList<QPointF>{{0, 7.9}, {1, 8.6}});
    // The target, 8.5%, across the four quarters (categories 0-3, edges at ±0.5).
    QLineSeries *target = seriesNamed(chart, u"Target: 8.5%"_s);
    REQUIRE(target);
    CHECK(target->points() == QList<QPointF>{{-0.5, 8.5}, {3.5, 8.5}});
    // Last year's growth at the same quarters: 18.3%, 12.7%.
    QLineSeries *lastYear = seriesNamed(chart, u"Growth, same period last year"_s);
    REQUIRE(lastYear);
    CHECK(lastYear->points() == QList<QPointF>{{0, 18.3}, {1, 12.7}});
    // Every point is labelled with the number the table shows.
    auto *labels = chart->findChild<ChartValueLabels *>();
    REQUIRE(labels);
    CHECK(labels->texts() == QStringList{u"7.9"_s, u"8.6"_s, u"18.3"_s, u"12.7"_s});
    CHECK(chart->title() == u"Gross domestic product (GDP)"_s);

    // The table behind it: Q1 row 7.9 / 8.5 / 18.3, behind (7.9 < 8.5).
    ProgressTableModel *table = panel->quarterModel();
    REQUIRE(table->rowCount() == 4);
    CHECK(table->index(0, 0).data().toString() == u"Q1"_s);
    CHECK(table->index(0, 1).data().toString() == u"7.9"_s);
    CHECK(table->index(0, 2).data().toString() == u"8.5"_s);
    CHECK(table->index(0, 3).data().toString() == u"18.3"_s);
    CHECK(table->index(0, 4).data().toString() == u"Behind"_s);
    CHECK(panel->monthModel()->rowCount() == 0); // GDP is quarterly: no monthly path

    // An edit updates the open chart: H1 revised to 8.4% → 8.4 < 8.5, behind.
    dashboard.workspace.entries().record(figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 8.4));
    QChart *updated = panel->chartView()->chart();
    CHECK(seriesNamed(updated, u"Growth, year to date"_s)->points() == QList<QPointF>{{0, 7.9}, {1, 8.4}});
    CHECK(labelText(detail, u"detailStatus"_s) == StatusStyle::label(Status::Behind));

    QTest::keyClick(detail, Qt::Key_Escape);
    CHECK_FALSE(view.openDetailView());
}

TEST_CASE("Amount, reference and ecology details chart what they are judged on", "[dashboard][chart]")
{
    Dashboard dashboard;
    enterCityFigures(dashboard.workspace);
    dashboard.workspace.entries().recordAll(june2022());
    DashboardView &view = dashboard.view;

    SECTION("grain: completion against time progress")
    {
        REQUIRE(view.openDetail(8));
        QChart *chart = view.openDetailView()->panels().first()->chartView()->chart();
        // H1: 20,000 ÷ 92,000 = 21.74%; time progress 3, 6, 9, 12 months of 12.
        QLineSeries *completion = seriesNamed(chart, u"Completion"_s);
        REQUIRE(completion);
        REQUIRE(completion->count() == 1);
        CHECK(completion->at(0).x() == 1);
        CHECK(completion->at(0).y() == Approx(21.739).epsilon(1e-4));
        CHECK(seriesNamed(chart, u"Time progress"_s)->points()
              == QList<QPointF>{{0, 25.0}, {1, 50.0}, {2, 75.0}, {3, 100.0}});
    }
    SECTION("unemployment: both series")
    {
        REQUIRE(view.openDetail(6));
        QChart *chart = view.openDetailView()->panels().first()->chartView()->chart();
        CHECK(seriesNamed(chart, u"Urban surveyed unemployment rate"_s)->points() == QList<QPointF>{{1, 5.1}});
        CHECK(seriesNamed(chart, u"Urban surveyed unemployment rate, city average"_s)->points()
              == QList<QPointF>{{1, 5.4}});
        // Monthly: the month-by-month table has twelve rows, June's with both rates.
        ProgressTableModel *months = view.openDetailView()->panels().first()->monthModel();
        REQUIRE(months->rowCount() == 12);
        CHECK(months->index(5, 1).data().toString() == u"5.1"_s);
        CHECK(months->index(5, 2).data().toString() == u"5.4"_s);
    }
    SECTION("ecology: a panel per criterion, this year against last year")
    {
        REQUIRE(view.openDetail(10));
        const QList<CriterionPanel *> panels = view.openDetailView()->panels();
        REQUIRE(panels.size() == 2);
        QChart *pm25 = panels.at(1)->chartView()->chart();
        CHECK(seriesNamed(pm25, u"This year"_s)->points() == QList<QPointF>{{1, 38.0}});
        CHECK(seriesNamed(pm25, u"Same period last year"_s)->points() == QList<QPointF>{{1, 41.0}});
    }
}

TEST_CASE("The detail chart exports as PNG and SVG", "[dashboard][chart]")
{
    Dashboard dashboard;
    dashboard.workspace.entries().record(figure(u"gdp"_s, 2022, 3, std::nullopt, std::nullopt, 7.9));
    REQUIRE(dashboard.view.openDetail(1));
    CriterionPanel *panel = dashboard.view.openDetailView()->panels().first();

    const QString png = dashboard.folder.path(u"gdp-2022.png"_s);
    REQUIRE(panel->exportChart(png));
    CHECK(fileBytes(png).startsWith("\x89PNG"));
    const QString svg = dashboard.folder.path(u"gdp-2022.svg"_s);
    REQUIRE(panel->exportChart(svg));
    const QByteArray svgBytes = fileBytes(svg);
    CHECK(svgBytes.contains("<svg"));
    CHECK(svgBytes.contains("Gross domestic product (GDP)")); // text stays text, not pixels
    CHECK_FALSE(panel->exportChart(dashboard.folder.path(u"missing-folder/gdp.png"_s)));
}

TEST_CASE("Keyboard: Enter on a tile opens its detail, Esc goes back", "[dashboard]")
{
    Dashboard dashboard;
    TargetTile *tile = tileOf(dashboard.view, 3);
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_Return);
    REQUIRE(dashboard.view.openDetailView());
    CHECK(dashboard.view.openDetailView()->ordinal() == 3);
    QTest::keyClick(dashboard.view.openDetailView(), Qt::Key_Escape);
    CHECK_FALSE(dashboard.view.openDetailView());
}

TEST_CASE("A year with many targets shows the first screenfuls first, then every tile", "[dashboard]")
{
    TestFolder folder;
    Workspace workspace(folder.path(u"many.sqlite"_s));
    // The ten seed targets four times over: 40 tiles.
    const QList<Target> seed = workspace.targets().forYear(2022);
    QList<Target> many;
    for (int ordinal = 1; ordinal <= 40; ++ordinal) {
        Target target = seed.at((ordinal - 1) % seed.size());
        target.ordinal = ordinal;
        many.append(target);
    }
    workspace.targets().replaceYear(2022, many);
    DashboardView view(workspace);
    auto *grid = view.findChild<TileGrid *>();
    REQUIRE(grid);
    REQUIRE(view.tiles().size() == 40);
    CHECK(grid->placedCount() == TileGrid::FirstBatch); // not shown yet: 30 laid out
    view.resize(1280, 720);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    // The rest right after the first paint. (QTRY_* report to QTest, not Catch.)
    QDeadlineTimer deadline(5000);
    while (grid->placedCount() < 40 && !deadline.hasExpired())
        QTest::qWait(10);
    CHECK(grid->placedCount() == 40);
    CHECK(tileOf(view, 40)->isVisibleTo(&view));
    CHECK(grid->columns() == TileGrid::MaxColumns);
}
