// Where the district stands in the city, on the dashboard driven
// offscreen: the rank and city gap on a tile, nothing without the city's
// table, the table's period when it is older than the tile's, and in the
// detail view the ranked bar chart and the rank by quarter. The city's
// tables of tests/data/city are imported through core; every expected
// number is worked out from them in a comment.
#include "app/dashboard/cityrankingchartbuilder.h"
#include "app/dashboard/citystandingpanel.h"
#include "app/dashboard/criterionpanel.h"
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/targetdetailview.h"
#include "app/dashboard/targettile.h"
#include "app/uilanguage.h"
#include "core/import/indicatormatcher.h"
#include "core/import/peerimportplan.h"
#include "core/import/tablefile.h"
#include "core/import/unitmatcher.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testdatabase.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

const QString halfYear = QStringLiteral(ZHIBIAO_TEST_DATA "/city/zhuzhou-2022-h1-units-as-rows.csv");
// 1-9月, indicators as rows: no GDP in it.
const QString threeQuarters = QStringLiteral(ZHIBIAO_TEST_DATA "/city/zhuzhou-2022-q3-indicators-as-rows.csv");

// The city's table stored as zhibiao import stores it.
void importCityTable(Workspace &workspace, const QString &path)
{
    const UnitMatcher units(workspace.comparison().units());
    const IndicatorMatcher indicators(workspace.indicators().all());
    const std::optional<PeerTableReading> reading = PeerTableReader(units, indicators).read(readTableFile(path));
    REQUIRE(reading);
    PeerImportPlan::build(*reading, workspace).apply(workspace.comparison());
}

TargetTile *tileOf(DashboardView &view, int ordinal)
{
    for (TargetTile *tile : view.tiles()) {
        if (tile->ordinal() == ordinal)
            return tile;
    }
    return nullptr;
}

// The text of a tile's label, empty when it is hidden (a tile shows no placeholder).
QString labelText(QWidget *parent, const QString &name)
{
    QLabel *label = parent->findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

// The units' names down the ranking chart, top first, and their bars.
struct RankingChart
{
    QStringList units;
    QList<double> growth;
    QList<int> selected; // the bars drawn in the district's colour
    QLineSeries *city = nullptr;
};

// Read top first: the chart's first category is drawn at the bottom.
RankingChart rankingOf(QChart *chart)
{
    RankingChart ranking;
    auto *set = chart->findChild<QBarSet *>(QString::fromLatin1(CityRankingChartBuilder::BarSetName));
    REQUIRE(set);
    const int count = set->count();
    for (int i = count - 1; i >= 0; --i)
        ranking.growth.append(set->at(i));
    for (const int index : set->selectedBars())
        ranking.selected.append(count - 1 - index);
    const QList<QAbstractAxis *> vertical = chart->axes(Qt::Vertical);
    REQUIRE(vertical.size() == 1);
    auto *categories = qobject_cast<QBarCategoryAxis *>(vertical.first());
    REQUIRE(categories);
    const QStringList bottomUp = categories->categories();
    ranking.units = QStringList(bottomUp.crbegin(), bottomUp.crend());
    ranking.city = chart->findChild<QLineSeries *>(QString::fromLatin1(CityRankingChartBuilder::CityLineName));
    return ranking;
}

// The UI language changed as the View menu changes it; widgets hear of it
// through a posted event.
void speak(UiLanguage &language, const char *which)
{
    language.choose(QString::fromLatin1(which));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

// A dashboard on a fresh 2022 database with the city's tables given,
// shown at the size the window opens with, in English.
struct Dashboard
{
    explicit Dashboard(const QStringList &cityTables, const QList<Entry> &entries)
    {
        language.choose(QString::fromLatin1(UiLanguage::English));
        for (const QString &table : cityTables)
            importCityTable(workspace, table);
        workspace.entries().recordAll(entries);
        view = std::make_unique<DashboardView>(workspace);
        view->resize(1280, 720);
        view->show();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
    }
    ~Dashboard() { language.choose(QString::fromLatin1(UiLanguage::English)); }
    Dashboard(const Dashboard &) = delete;
    Dashboard &operator=(const Dashboard &) = delete;

    TestFolder folder;
    Workspace workspace{folder.path(u"rank.sqlite"_s)};
    UiLanguage language;
    std::unique_ptr<DashboardView> view;
};

// Lukou's own 1-6月 figures as the city's table has them.
QList<Entry> juneFigures()
{
    return {
        figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 5.3),
        figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.5),
    };
}

} // namespace

TEST_CASE("A tile states the district's rank and its gap to the city average", "[dashboard][city]")
{
    Dashboard dashboard({halfYear}, juneFigures());
    DashboardView &view = *dashboard.view;
    REQUIRE(view.asOf().month() == 6);

    // Industry, 1-6月: 天元 13.0 > 渌口 12.5 > 醴陵 11.2 > … of 9 units; the city 11.6, 12.5 − 11.6 = +0.9.
    TargetTile *industry = tileOf(view, 2);
    REQUIRE(industry);
    CHECK(labelText(industry, u"cityStanding"_s) == u"2nd of 9 in the city, 0.9 points above the city average"_s);
    CHECK(labelText(industry, u"standingPeriod"_s).isEmpty()); // the table is the tile's period
    // GDP: 醴陵 5.9 > 天元 5.6 > 渌口 5.3; the city 5.1, +0.2.
    CHECK(labelText(tileOf(view, 1), u"cityStanding"_s)
          == u"3rd of 9 in the city, 0.2 points above the city average"_s);
    // Income is not in the city's table: nothing said, no empty line.
    CHECK(labelText(tileOf(view, 7), u"cityStanding"_s).isEmpty());

    speak(dashboard.language, UiLanguage::Chinese);
    CHECK(labelText(industry, u"cityStanding"_s) == u"居全市第2位（共9个），高于全市平均0.9个百分点"_s);
    CHECK(labelText(tileOf(view, 1), u"cityStanding"_s) == u"居全市第3位（共9个），高于全市平均0.2个百分点"_s);
}

TEST_CASE("Without the city's table for an indicator its tile says nothing of the city", "[dashboard][city]")
{
    Dashboard dashboard({threeQuarters},
                        {figure(u"gdp"_s, 2022, 9, std::nullopt, std::nullopt, 6.0),
                         figure(u"industry_va"_s, 2022, 9, std::nullopt, std::nullopt, 12.3)});
    DashboardView &view = *dashboard.view;
    REQUIRE(view.asOf().month() == 9);

    TargetTile *gdp = tileOf(view, 1);
    REQUIRE(gdp);
    CHECK_FALSE(gdp->series()->latest().criteria.first().cityStanding);
    CHECK(gdp->findChild<QLabel *>(u"cityStanding"_s)->isHidden());
    CHECK(gdp->findChild<QLabel *>(u"standingPeriod"_s)->isHidden());
    // Industry, 1-9月: 渌口 12.3 > 天元 12.1 > …; the city 11.0, +1.3. No earlier table: no move.
    CHECK(labelText(tileOf(view, 2), u"cityStanding"_s)
          == u"1st of 9 in the city, 1.3 points above the city average"_s);

    // Its detail has no city panel either.
    REQUIRE(view.openDetail(1));
    CriterionPanel *panel = view.openDetailView()->panels().first();
    CHECK_FALSE(panel->cityStanding()->hasFigures());
    CHECK(panel->cityStanding()->isHidden());
}

TEST_CASE("A tile names the period of an older city table, and the move since the table before",
          "[dashboard][city]")
{
    Dashboard dashboard({halfYear, threeQuarters},
                        {figure(u"gdp"_s, 2022, 6, std::nullopt, std::nullopt, 5.3),
                         figure(u"industry_va"_s, 2022, 9, std::nullopt, std::nullopt, 12.3)});
    DashboardView &view = *dashboard.view;
    REQUIRE(view.asOf().month() == 9);

    // GDP's latest table is 1-6月's, older than the tile's 1-9月.
    TargetTile *gdp = tileOf(view, 1);
    CHECK(labelText(gdp, u"standingPeriod"_s) == u"Jan–Jun city comparison"_s);
    CHECK(labelText(gdp, u"cityStanding"_s) == u"3rd of 9 in the city, 0.2 points above the city average"_s);
    // Industry: 2nd at 1-6月, 1st at 1-9月: up one place.
    TargetTile *industry = tileOf(view, 2);
    CHECK(labelText(industry, u"standingPeriod"_s).isEmpty());
    CHECK(labelText(industry, u"cityStanding"_s)
          == u"1st of 9 in the city, 1.3 points above the city average, up 1 place since Jan–Jun"_s);

    speak(dashboard.language, UiLanguage::Chinese);
    CHECK(labelText(gdp, u"standingPeriod"_s) == u"1-6月全市对比"_s);
    CHECK(labelText(industry, u"cityStanding"_s) == u"居全市第1位（共9个），高于全市平均1.3个百分点，比1-6月前移1位"_s);
}

TEST_CASE("The detail ranks every unit's growth with the district's bar marked and the city's line",
          "[dashboard][city][chart]")
{
    Dashboard dashboard({halfYear, threeQuarters},
                        {figure(u"industry_va"_s, 2022, 9, std::nullopt, std::nullopt, 12.3)});
    DashboardView &view = *dashboard.view;

    SECTION("as of 1-6月")
    {
        view.setAsOf(*Period::fromMonth(6));
        REQUIRE(view.openDetail(2));
        CityStandingPanel *city = view.openDetailView()->panels().first()->cityStanding();
        REQUIRE(city->hasFigures());
        CHECK(city->isVisibleTo(view.openDetailView()));
        const RankingChart ranking = rankingOf(city->rankingView()->chart());
        // The 1-6月 table's industry growth, best first; Lukou second, marked by ★ and its colour.
        CHECK(ranking.units
              == QStringList{u"Tianyuan District"_s, u"★ Lukou District"_s, u"Liling City"_s, u"You County"_s,
                             u"Yanling County"_s, u"Shifeng District"_s, u"Hetang District"_s,
                             u"Lusong District"_s, u"Chaling County"_s});
        CHECK(ranking.growth == QList<double>{13.0, 12.5, 11.2, 10.4, 9.8, 9.0, 8.1, 7.6, 6.3});
        CHECK(ranking.selected == QList<int>{1});
        // The city's 11.6% down the whole chart (categories 0-8, edges at ±0.5).
        REQUIRE(ranking.city);
        CHECK(ranking.city->name() == u"City 11.6%"_s);
        CHECK(ranking.city->points() == QList<QPointF>{{11.6, -0.5}, {11.6, 8.5}});
        CHECK(labelText(city, u"cityStandingCaption"_s)
              == u"2nd of 9 in the city, 0.9 points above the city average"_s);
        // One quarter end with a table so far: H1, 2nd.
        CHECK(labelText(city, u"rankPath"_s) == u"Rank by quarter: H1 2nd"_s);
    }
    SECTION("as of 1-9月, in Chinese")
    {
        speak(dashboard.language, UiLanguage::Chinese);
        REQUIRE(view.openDetail(2));
        CityStandingPanel *city = view.openDetailView()->panels().first()->cityStanding();
        const RankingChart ranking = rankingOf(city->rankingView()->chart());
        // The 1-9月 table: 渌口 12.3 first, then 天元 12.1, 醴陵 11.3, 攸县 10.0, 炎陵 9.9, 石峰 9.2, 荷塘 8.0, 芦淞 7.1, 茶陵 6.5.
        CHECK(ranking.units
              == QStringList{u"★ 渌口区"_s, u"天元区"_s, u"醴陵市"_s, u"攸县"_s, u"炎陵县"_s, u"石峰区"_s, u"荷塘区"_s,
                             u"芦淞区"_s, u"茶陵县"_s});
        CHECK(ranking.growth == QList<double>{12.3, 12.1, 11.3, 10.0, 9.9, 9.2, 8.0, 7.1, 6.5});
        CHECK(ranking.selected == QList<int>{0});
        REQUIRE(ranking.city);
        CHECK(ranking.city->name() == u"全市 11.0%"_s);
        CHECK(ranking.city->at(0).x() == 11.0);
        // The rank by quarter: 2nd at H1, 1st at Q1-Q3.
        CHECK(labelText(city, u"rankPath"_s) == u"分季度位次：上半年 第2位 → 前三季度 第1位"_s);
        CHECK(labelText(city, u"cityStandingCaption"_s) == u"居全市第1位（共9个），高于全市平均1.3个百分点，比1-6月前移1位"_s);
    }
}
