// Edit → Comparison units… driven offscreen: a unit renamed, our district
// marked elsewhere (the dashboard's rank follows), the city as a whole,
// a move, a unit added and removed, one undo step each, and a unit with
// figures that is not removed. On both engines: the editor writes the
// units through ComparisonRepository::saveUnits.
#include "app/city/comparisonunitsdialog.h"
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/targettile.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/models/comparisonunittablemodel.h"
#include "core/storage/workspace.h"
#include "tests/support/entryfixture.h"
#include "tests/support/testserver.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

PeerFigure industry(const QString &unit, std::optional<double> growth)
{
    return {unit, u"industry_va"_s, 2022, 6, growth, std::nullopt, std::nullopt};
}

// A window on a fresh 2022 database with three units' 1-6月 industry
// growth and the city's, in English.
struct UnitsWindow
{
    explicit UnitsWindow(std::unique_ptr<Workspace> opened)
        : workspace(std::move(opened))
    {
        language.choose(QString::fromLatin1(UiLanguage::English));
        workspace->entries().recordAll({test::figure(u"industry_va"_s, 2022, 6, std::nullopt, std::nullopt, 12.5)});
        workspace->comparison().write({industry(u"city"_s, 11.6), industry(u"tianyuan"_s, 13.0),
                                       industry(u"lukou"_s, 12.5), industry(u"liling"_s, 11.2)});
        window = std::make_unique<MainWindow>(*workspace, language);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    // Edit → Comparison units…, with what to do in the dialog while it is open.
    void editUnits(const std::function<void(ComparisonUnitsDialog &)> &steps)
    {
        bool ran = false;
        QTimer::singleShot(0, window.get(), [&] {
            auto *dialog = qobject_cast<ComparisonUnitsDialog *>(QApplication::activeModalWidget());
            REQUIRE(dialog);
            steps(*dialog);
            ran = true;
            dialog->accept();
        });
        auto *action = window->findChild<QAction *>(u"comparisonUnitsAction"_s);
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
        REQUIRE(ran);
    }

    ComparisonUnit unit(const QString &code) const
    {
        const QList<ComparisonUnit> units = workspace->comparison().units();
        const auto found = std::ranges::find(units, code, &ComparisonUnit::code);
        REQUIRE(found != units.end());
        return *found;
    }

    QString industryStanding() const
    {
        for (TargetTile *tile : window->findChild<DashboardView *>()->tiles()) {
            if (tile->ordinal() == 2)
                return tile->findChild<QLabel *>(u"cityStanding"_s)->text();
        }
        return {};
    }

    std::unique_ptr<Workspace> workspace;
    UiLanguage language;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("Comparison units are renamed and our district is marked, each one undo step", "[city][units]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    UnitsWindow window(place.open());
    // 天元 13.0 > 渌口 12.5 > 醴陵 11.2; the city 11.6.
    REQUIRE(window.industryStanding() == u"2nd of 3 in the city, 0.9 points above the city average"_s);
    QUndoStack *undo = window.window->undoStack();

    window.editUnits([](ComparisonUnitsDialog &dialog) {
        CHECK(dialog.model()->rowCount() == 10);
        CHECK(dialog.renameUnit(u"liling"_s, u"醴陵"_s, u"Liling"_s));
        CHECK(dialog.model()->index(dialog.model()->rowOf(u"liling"_s), 0).data().toString() == u"醴陵"_s);
        CHECK(dialog.markOwnDistrict(u"liling"_s));
        CHECK(dialog.model()->index(dialog.model()->rowOf(u"liling"_s), ComparisonUnitTableModel::RoleColumn)
                  .data()
                  .toString()
              == u"Our district"_s);
    });
    CHECK(window.unit(u"liling"_s).nameZh == u"醴陵"_s);
    CHECK(window.unit(u"liling"_s).nameEn == u"Liling"_s);
    CHECK(window.unit(u"liling"_s).ownDistrict);
    CHECK_FALSE(window.unit(u"lukou"_s).ownDistrict);
    // The dashboard ranks 醴陵 now: 11.2 is third of three, 0.4 below the city.
    CHECK(window.industryStanding().startsWith(u"3rd of 3 in the city"_s));

    REQUIRE(undo->count() == 2);
    CHECK(undo->undoText() == u"Mark Liling as our district"_s);
    undo->undo();
    CHECK(window.unit(u"lukou"_s).ownDistrict);
    CHECK_FALSE(window.unit(u"liling"_s).ownDistrict);
    CHECK(window.industryStanding() == u"2nd of 3 in the city, 0.9 points above the city average"_s);
    undo->undo();
    CHECK(window.unit(u"liling"_s).nameZh == u"醴陵市"_s);
    CHECK(window.unit(u"liling"_s).nameEn == u"Liling City"_s);
    undo->redo();
    CHECK(window.unit(u"liling"_s).nameZh == u"醴陵"_s);
}

TEST_CASE("Comparison units are added, moved and removed, but not one with figures", "[city][units]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    UnitsWindow window(place.open());
    QUndoStack *undo = window.window->undoStack();

    window.editUnits([](ComparisonUnitsDialog &dialog) {
        CHECK(dialog.addUnit(u"株洲经开区"_s, u"Zhuzhou Economic Development Zone"_s));
        CHECK(dialog.model()->units().last().nameZh == u"株洲经开区"_s);
        const QString added = dialog.model()->units().last().code;
        CHECK(dialog.moveUnit(added, -1)); // above 炎陵县
        CHECK(dialog.model()->units().at(dialog.model()->rowCount() - 2).code == added);

        // Names the city's tables are matched by must differ: refused, said why.
        CHECK_FALSE(dialog.renameUnit(added, u"渌口区"_s, u"Lukou"_s));
        CHECK(dialog.findChild<QLabel *>(u"unitsMessage"_s)->text().contains(u"Two units are called “渌口区”"_s));

        // 天元 has one figure: kept, and the message says how many.
        CHECK_FALSE(dialog.removeUnit(u"tianyuan"_s));
        CHECK(dialog.findChild<QLabel *>(u"unitsMessage"_s)->text()
              == u"“Tianyuan District” has 1 figure in the city's tables, so it is not removed: its figures would go "
                 "with it."_s);
        CHECK(dialog.removeUnit(u"chaling"_s)); // none
        CHECK(dialog.model()->rowOf(u"chaling"_s) == -1);
    });
    const QList<ComparisonUnit> units = window.workspace->comparison().units();
    REQUIRE(units.size() == 10); // one added, one removed
    CHECK(units.at(8).nameZh == u"株洲经开区"_s);
    CHECK(units.at(9).code == u"yanling"_s);
    CHECK(window.workspace->comparison().figureCount(u"tianyuan"_s) == 1);
    REQUIRE(undo->count() == 3);

    undo->undo(); // the removal
    CHECK(window.unit(u"chaling"_s).nameZh == u"茶陵县"_s);
    undo->undo(); // the move
    CHECK(window.workspace->comparison().units().last().nameZh == u"株洲经开区"_s);
    undo->undo(); // the addition
    CHECK(window.workspace->comparison().units().size() == 10);
    CHECK(window.workspace->comparison().units().last().code == u"yanling"_s);
}
