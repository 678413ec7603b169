#include "tests/support/clirun.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace zhibiao::test {

using namespace Qt::StringLiterals;

namespace {

CliRun run(const QStringList &arguments, const QString &locale, const std::function<void()> &inChild,
           const QByteArray &standardInput)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"ZHIBIAO_DB"_s})
        environment.remove(name);
    environment.insert(u"LC_ALL"_s, locale);
    environment.insert(u"XDG_CONFIG_HOME"_s, u"/nonexistent-zhibiao-test-config"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start(QStringLiteral(ZHIBIAO_EXECUTABLE), arguments);
    // Nothing waits for input that never comes.
    process.write(standardInput);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

CliRun runZhibiaoCli(const QStringList &arguments, const QString &locale, const std::function<void()> &inChild)
{
    return run(arguments, locale, inChild, {});
}

CliRun runZhibiaoCliWithInput(const QStringList &arguments, const QByteArray &standardInput)
{
    return run(arguments, u"en_US.UTF-8"_s, {}, standardInput);
}

} // namespace zhibiao::test
