// Not a test: pictures of the window to look at (docs/dashboard.md).
//   build/tests/zhibiao_screenshots [--language zh|en] [FOLDER]
// FOLDER defaults to /tmp/zhibiao-shots, the language to Chinese. Fills a
// database with real-looking 2022 Lukou figures up to September (and
// 2021's, for last year's path), keeps it as FOLDER/lukou-2022.sqlite for
// the real program, and saves the window, six detail views, the targets
// screen, the PDF export dialog, the preview of the PDF it wrote and the
// import dialog with a bureau's table as PNGs, naming each file as it
// goes. Runs offscreen unless QT_QPA_PLATFORM says otherwise; exits 1 when
// a picture cannot be made or saved, 2 for a malformed command line.
#include "app/dashboard/dashboardview.h"
#include "app/import/importdialog.h"
#include "app/mainwindow.h"
#include "app/report/exportreportdialog.h"
#include "app/report/pdfpreviewdialog.h"
#include "app/uilanguage.h"
#include "core/storage/workspace.h"
#include "tests/support/lukoufigures.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

void say(FILE *stream, const QString &text)
{
    QTextStream(stream) << text << Qt::endl;
}

// Saves what widget shows now, once its pending layout and paint events
// are handled.
bool save(QWidget *widget, const QString &path)
{
    QCoreApplication::processEvents();
    if (!widget->grab().save(path)) {
        say(stderr, u"could not save %1"_s.arg(path));
        return false;
    }
    say(stdout, u"saved %1"_s.arg(path));
    return true;
}

bool fail(const QString &why)
{
    say(stderr, why);
    return false;
}

bool takeScreenshots(const QDir &folder, bool english)
{
    if (!QDir().mkpath(folder.path()))
        return fail(u"could not make the folder %1"_s.arg(folder.path()));
    const QString database = folder.filePath(u"lukou-2022.sqlite"_s);
    QFile::remove(database);
    Workspace workspace(database);
    test::fillLukou2022(workspace);
    // June's budget revenue and GDP approved, so the entry grid shows them locked.
    const Approver reviewer{u"tongjiju"_s, Role::Reviewer, {}};
    const QStringList approved{u"budget_revenue"_s, u"gdp"_s};
    workspace.approvals().act(reviewer, ApprovalAction::Submit, 2022, 6, approved, {});
    workspace.approvals().act(reviewer, ApprovalAction::Approve, 2022, 6, approved, {});

    UiLanguage language;
    language.choose(QString::fromLatin1(english ? UiLanguage::English : UiLanguage::Chinese));
    MainWindow window(workspace, language);
    window.resize(1280, 800);
    window.findChild<QTabWidget *>(u"pages"_s)->setCurrentIndex(MainWindow::DashboardPage);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail(u"the window was not shown"_s);
    const QString suffix = english ? u"en"_s : u"zh"_s;
    if (!save(&window, folder.filePath(u"dashboard-%1.png"_s.arg(suffix))))
        return false;
    auto *dashboard = window.findChild<DashboardView *>();
    for (const int ordinal : {1, 4, 6, 8, 9, 10}) {
        if (!dashboard->openDetail(ordinal))
            return fail(u"target %1 has no detail view"_s.arg(ordinal));
        if (!save(&window, folder.filePath(u"detail-%1-%2.png"_s.arg(ordinal).arg(suffix))))
            return false;
    }
    dashboard->closeDetail();

    // The targets screen: target 2's criterion with its yellow-light threshold.
    auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
    pages->setCurrentIndex(MainWindow::TargetsScreen);
    if (auto *targets = window.findChild<QTableView *>(u"targetView"_s))
        targets->setCurrentIndex(targets->model()->index(1, 0));
    if (!save(&window, folder.filePath(u"targets-%1.png"_s.arg(suffix))))
        return false;
    pages->setCurrentIndex(MainWindow::DashboardPage);

    // File → Export PDF…: the dialog, then the preview of what it wrote.
    ExportReportDialog exportDialog(workspace, 2022, dashboard->asOf(), &window);
    exportDialog.setPath(folder.filePath(u"summary-%1.pdf"_s.arg(suffix)));
    exportDialog.setOpenWhenDone(false);
    exportDialog.setPreviewWhenDone(true);
    exportDialog.show();
    if (!save(&exportDialog, folder.filePath(u"export-report-%1.png"_s.arg(suffix))))
        return false;
    exportDialog.accept();
    if (!QTest::qWaitFor([&] { return !exportDialog.isExporting(); }, 60000))
        return fail(u"the PDF export did not finish within a minute"_s);
    if (!exportDialog.errorMessage().isEmpty())
        return fail(exportDialog.errorMessage());
    say(stdout, u"saved %1"_s.arg(exportDialog.path()));
    auto *preview = window.findChild<PdfPreviewDialog *>();
    if (!preview)
        return fail(u"the PDF preview did not open"_s);
    QTest::qWait(500); // pages render in the background
    const bool saved = save(preview, folder.filePath(u"pdf-preview-%1.png"_s.arg(suffix)));
    preview->close();
    if (!saved)
        return false;

    // File → Import figures…: the dialog with a bureau's table read and planned.
    window.importFile(QStringLiteral(ZHIBIAO_TEST_DATA "/import/wide-bureau.csv"));
    ImportDialog *importDialog = nullptr;
    if (!QTest::qWaitFor([&] {
            importDialog = window.findChild<ImportDialog *>();
            return importDialog && importDialog->isVisible();
        }, 60000))
        return fail(u"the import dialog did not open"_s);
    const bool importSaved = save(importDialog, folder.filePath(u"import-%1.png"_s.arg(suffix)));
    importDialog->reject();
    if (!importSaved)
        return false;

    // The entry grid, June's budget revenue and GDP locked.
    pages->setCurrentIndex(MainWindow::EntryScreen);
    return save(&window, folder.filePath(u"entry-locked-%1.png"_s.arg(suffix)));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings of its own: choosing the language must not change the user's.
    const QTemporaryDir settingsHome;
    const QTemporaryDir dataHome;
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    const QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ZhibiaoScreenshots"_s);
    QCoreApplication::setApplicationName(u"zhibiao-screenshots"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZHIBIAO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves pictures of the dashboard, its detail views and the PDF export "
                                     u"with real-looking 2022 figures."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption languageOption({u"l"_s, u"language"_s}, u"zh (default) or en."_s, u"LANGUAGE"_s,
                                            u"zh"_s);
    parser.addOption(languageOption);
    parser.addPositionalArgument(u"folder"_s, u"Where to write them (default /tmp/zhibiao-shots)."_s,
                                 u"[FOLDER]"_s);
    if (!parser.parse(QCoreApplication::arguments())) {
        say(stderr, parser.errorText());
        return UsageError;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(Success);
    const QString chosen = parser.value(languageOption);
    if (chosen != u"zh"_s && chosen != u"en"_s) {
        say(stderr, u"the language is zh or en, not “%1”"_s.arg(chosen));
        return UsageError;
    }
    const QStringList folders = parser.positionalArguments();
    if (folders.size() > 1) {
        say(stderr, u"one folder only"_s);
        return UsageError;
    }
    const QDir folder(folders.isEmpty() ? u"/tmp/zhibiao-shots"_s : folders.first());
    return takeScreenshots(folder, chosen == u"en"_s) ? Success : Failure;
}
