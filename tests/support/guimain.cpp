#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

// Widget tests run offscreen and keep their settings away from the user's.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each test process gets its own settings and data folders. Not Qt's
    // test mode: it shares ~/.qttest between processes, and ctest runs them
    // in parallel (one process's language choice leaked into another's).
    QTemporaryDir settingsHome;
    QTemporaryDir dataHome;
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", dataHome.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ZhibiaoTests"));
    QCoreApplication::setApplicationName(QStringLiteral("zhibiao-tests"));
    return Catch::Session().run(argc, argv);
}
