#include "app/application.h"

#include "app/cli/subcommand.h"
#include "app/commandline.h"
#include "app/file/recentfiles.h"
#include "app/file/windowworkspace.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/storage/database.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QApplication>
#include <QTimer>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Gives the free functions below a translation context of their own.
struct Application
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Application)
};

void printTo(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(u'\n'))
        out << Qt::endl;
}

bool hasDisplay()
{
    // An explicit platform (offscreen, wayland, ...) is the user's choice;
    // otherwise xcb needs DISPLAY, and Wayland its socket.
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// Help, version and usage errors: no window, no display needed.
int runConsoleAction(const CommandLineRequest &request)
{
    switch (request.action) {
    case CommandLineRequest::Action::ShowHelp:
        printTo(stdout, request.helpText);
        return Success;
    case CommandLineRequest::Action::ShowVersion:
        printTo(stdout, QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return Success;
    case CommandLineRequest::Action::Invalid:
        printTo(stderr, request.errorMessage);
        return UsageError;
    case CommandLineRequest::Action::RunSubcommand:
    case CommandLineRequest::Action::OpenWindow:
        break;
    }
    printTo(stderr, Application::tr("No graphical display is available, so the Zhibiao window cannot open. "
                       "Start it from a desktop session (or under xvfb-run); zhibiao --help lists what works "
                       "without a display."));
    return Failure;
}

int runSubcommand(const Subcommand &command, const QStringList &arguments, int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (command.application == Subcommand::Application::Offscreen) {
        // Charts and PDFs paint with widgets classes (Qt Charts), never on a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    UiLanguage language;
    language.install();
    return command.run(arguments);
}

int runWindow(const CommandLineRequest &request, UiLanguage &language)
{
    const QString lastOpened = RecentFiles::lastOpened();
    // --db, ZHIBIAO_DB, the file opened last, the standard one.
    const DatabaseChoice choice = chooseDatabase(databaseSources(request.databasePath, lastOpened),
                                                 [](const QString &path) { return QFileInfo::exists(path); });
    const auto open = [](const QString &database) {
        const DatabaseLocation location = DatabaseLocation::parse(database);
        if (location.filePath() == Database::defaultPath())
            QDir().mkpath(QFileInfo(location.filePath()).absolutePath());
        return WindowWorkspace::open(location, nullptr);
    };
    std::unique_ptr<Workspace> workspace;
    try {
        try {
            workspace = open(choice.database);
        } catch (const StorageError &error) {
            // The file opened last was not asked for: when it cannot be
            // opened now, the standard one is, rather than no window.
            if (choice.source != DatabaseChoice::Source::LastOpened)
                throw;
            QMessageBox::warning(nullptr, Application::tr("Zhibiao"), error.message());
            workspace = open(Database::defaultPath());
        }
    } catch (const StorageError &error) {
        printTo(stderr, error.message());
        QMessageBox::critical(nullptr, Application::tr("Zhibiao"), error.message());
        return Failure;
    }
    MainWindow window(std::move(workspace), language);
    window.show();
    if (choice.lastOpenedMissing)
        window.statusBar()->showMessage(
            Application::tr("The database opened last, %1, is no longer there; the standard one is open.")
                .arg(QDir::toNativeSeparators(lastOpened)));
    // After the first paint: the user sees the dashboard while the copy runs.
    QTimer::singleShot(0, &window, &MainWindow::takeDailyBackup);
    return QApplication::exec();
}

} // namespace

int runZhibiao(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"Zhibiao"_s);
    QCoreApplication::setApplicationName(u"zhibiao"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZHIBIAO_VERSION));
    // Wayland finds the window's icon and name through the desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(ZHIBIAO_APP_ID));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // A first parse decides which kind of application to build; the second,
    // with translators installed, produces messages in the user's language.
    const CommandLineRequest firstPass = parseCommandLine(arguments);
    if (firstPass.action == CommandLineRequest::Action::RunSubcommand)
        return runSubcommand(*findSubcommand(firstPass.subcommandName), arguments, argc, argv);
    const bool opensWindow = firstPass.action == CommandLineRequest::Action::OpenWindow;
    if (!opensWindow || !hasDisplay()) {
        QCoreApplication app(argc, argv);
        UiLanguage language;
        language.install();
        return runConsoleAction(parseCommandLine(arguments));
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(Application::tr("Zhibiao"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" ZHIBIAO_APP_ID ".svg")));
    UiLanguage language;
    language.install();
    return runWindow(parseCommandLine(arguments), language);
}

} // namespace zhibiao
