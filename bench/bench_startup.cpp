// Start-up to a painted dashboard on a large database: 200 indicators with
// a target each, monthly figures for 10 years plus the year before
// (26,400 entries). Measures what the user waits for between the program
// having its QApplication and the first paint of the main window: opening
// the file, reading the year, judging its 200 targets at every quarter and
// month, building the tiles, and painting.
#include "app/dashboard/dashboardview.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/storage/seed.h"
#include "core/storage/workspace.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cmath>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

constexpr int IndicatorCount = 200;
constexpr int FirstYear = 2013;
constexpr int LastYear = 2022; // the district's current year: the window opens on it

QString codeOf(int index)
{
    return u"indicator_%1"_s.arg(index, 3, 10, QLatin1Char('0'));
}

QList<Target> targetsOf(int year)
{
    QList<Target> targets;
    for (int i = 0; i < IndicatorCount; ++i)
        targets.append(Target{year, i + 1, u"指标%1"_s.arg(i), codeOf(i), u"增长8%"_s, u"Grow by 8%"_s,
                              {Criterion{codeOf(i), CriterionKind::GrowthAtLeast, 8.0, {}}}});
    return targets;
}

Seed largeSeed()
{
    Seed seed;
    seed.district = District{u"渌口区"_s, u"Lukou District"_s, u"株洲市"_s, u"Zhuzhou"_s, LastYear};
    for (int i = 0; i < IndicatorCount; ++i)
        seed.indicators.append(Indicator{codeOf(i), u"指标%1"_s.arg(i), codeOf(i), u"万元"_s, Frequency::Monthly,
                                         Reporting::AmountAndGrowth, false, false, i});
    seed.targets = targetsOf(FirstYear);
    return seed;
}

// Amounts growing about 8% a year on a seasonal curve; every fifth figure
// carries a published rate too.
QList<Entry> figuresOf(int year)
{
    QList<Entry> entries;
    for (int i = 0; i < IndicatorCount; ++i) {
        for (int month = 1; month <= 12; ++month) {
            const double amount =
                (1000.0 + i) * std::pow(1.08, year - FirstYear) * month * (1.0 + 0.02 * std::sin(month + i));
            Entry entry{{codeOf(i), year, month}, amount, std::nullopt, std::nullopt, {}, u"bench"_s, u"bench"_s,
                        QDateTime(QDate(year, month, 20), QTime(9, 0), Qt::UTC)};
            if ((i + month) % 5 == 0)
                entry.publishedGrowth = 8.0;
            entries.append(entry);
        }
    }
    return entries;
}

void createLargeDatabase(const QString &path)
{
    Workspace workspace(path, largeSeed);
    for (int year = FirstYear + 1; year <= LastYear; ++year)
        workspace.targets().replaceYear(year, targetsOf(year));
    for (int year = FirstYear - 1; year <= LastYear; ++year)
        workspace.entries().recordAll(figuresOf(year));
}

// Notes the first paint of the dashboard. Widgets paint parent first in one
// pass, so when processEvents returns after it, the tiles are painted too.
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Opens the file and shows the window until its dashboard has painted.
int startAndPaint(const QString &path, UiLanguage &language)
{
    Workspace workspace(path);
    MainWindow window(workspace, language);
    FirstPaint probe;
    auto *dashboard = window.findChild<DashboardView *>();
    dashboard->installEventFilter(&probe);
    window.show();
    while (!probe.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return int(dashboard->tiles().size());
}

} // namespace

TEST_CASE("Start-up: 10 years × 200 indicators to the first painted dashboard", "[bench][startup]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"large.sqlite"_s);
    createLargeDatabase(path);
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese)); // the users' language: translators installed

    // The first window of the process also loads fonts, the style and the
    // platform plugin's caches: the truly cold start, measured once.
    QElapsedTimer first;
    first.start();
    REQUIRE(startAndPaint(path, language) == IndicatorCount);
    WARN("first window of the process: " << first.elapsed() << " ms");

    BENCHMARK("open the database, judge 200 targets, paint the main window")
    {
        return startAndPaint(path, language);
    };
}

