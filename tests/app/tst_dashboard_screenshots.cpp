// Not a check: pictures of the dashboard to look at (hidden; run by hand).
//   ZHIBIAO_SHOTS=/tmp/shots ZHIBIAO_SHOT_LANGUAGE=en build/tests/app_tests "[.screenshots]"
// Fills a database with real-looking 2022 Lukou figures up to September
// (and 2021's, for last year's path), keeps it as lukou-2022.sqlite for the
// real program, and saves the window, six detail views, the PDF export
// dialog and the preview of the PDF it wrote as PNGs.
#include "app/dashboard/dashboardview.h"
#include "app/mainwindow.h"
#include "app/report/exportpdfdialog.h"
#include "app/report/pdfpreviewdialog.h"
#include "app/uilanguage.h"
#include "core/storage/workspace.h"
#include "tests/support/lukoufigures.h"

#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>


using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

void save(QWidget *widget, const QString &path)
{
    QCoreApplication::processEvents();
    REQUIRE(widget->grab().save(path));
    WARN("saved " << path.toStdString());
}

} // namespace

TEST_CASE("Screenshots of the dashboard with 2022 figures", "[.screenshots]")
{
    const QString folder = qEnvironmentVariableIsSet("ZHIBIAO_SHOTS") ? qEnvironmentVariable("ZHIBIAO_SHOTS")
                                                                      : u"/tmp/zhibiao-shots"_s;
    const bool english = qEnvironmentVariable("ZHIBIAO_SHOT_LANGUAGE") == u"en"_s;
    REQUIRE(QDir().mkpath(folder));
    const QString database = QDir(folder).filePath(u"lukou-2022.sqlite"_s);
    QFile::remove(database);
    Workspace workspace(database);
    fillLukou2022(workspace);

    UiLanguage language;
    language.choose(QString::fromLatin1(english ? UiLanguage::English : UiLanguage::Chinese));
    MainWindow window(workspace, language);
    window.resize(1280, 800);
    window.findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(MainWindow::DashboardPage); // not the last one used
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QString suffix = english ? u"en"_s : u"zh"_s;
    save(&window, QDir(folder).filePath(u"dashboard-%1.png"_s.arg(suffix)));
    auto *dashboard = window.findChild<DashboardView *>();
    for (const int ordinal : {1, 4, 6, 8, 9, 10}) {
        REQUIRE(dashboard->openDetail(ordinal));
        save(&window, QDir(folder).filePath(u"detail-%1-%2.png"_s.arg(ordinal).arg(suffix)));
    }
    dashboard->closeDetail();

    // File → Export PDF…: the dialog, then the preview of what it wrote.
    ExportPdfDialog exportDialog(workspace, 2022, dashboard->asOf(), &window);
    exportDialog.setPath(QDir(folder).filePath(u"summary-%1.pdf"_s.arg(suffix)));
    exportDialog.setOpenWhenDone(false);
    exportDialog.setPreviewWhenDone(true);
    exportDialog.show();
    save(&exportDialog, QDir(folder).filePath(u"export-pdf-%1.png"_s.arg(suffix)));
    exportDialog.accept();
    // The PDF is drawn from the event loop after accept() returns.
    REQUIRE(QTest::qWaitFor([&] { return !exportDialog.isExporting(); }, 60000));
    REQUIRE(exportDialog.errorMessage().isEmpty());
    auto *preview = window.findChild<PdfPreviewDialog *>();
    REQUIRE(preview);
    QTest::qWait(500); // pages render in the background
    save(preview, QDir(folder).filePath(u"pdf-preview-%1.png"_s.arg(suffix)));
    preview->close();
    language.choose(QString());
}
