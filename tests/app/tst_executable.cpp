#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real zhibiao binary with no display at all.
Run runWithoutDisplay(const QStringList &arguments, const QString &language = u"en_US.UTF-8"_s)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    environment.insert(u"LC_ALL"_s, language);
    environment.insert(u"XDG_CONFIG_HOME"_s, u"/nonexistent-zhibiao-test-config"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ZHIBIAO_EXECUTABLE), arguments);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("zhibiao --version works without a display", "[executable]")
{
    const Run run = runWithoutDisplay({u"--version"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"zhibiao "_s));
}

TEST_CASE("zhibiao --help works without a display, in the user's language", "[executable]")
{
    const Run english = runWithoutDisplay({u"--help"_s});
    CHECK(english.exitCode == 0);
    CHECK(english.out.contains(u"--db <FILE>"_s));
    const Run chinese = runWithoutDisplay({u"--help"_s}, u"zh_CN.UTF-8"_s);
    CHECK(chinese.exitCode == 0);
    CHECK(chinese.out.contains(u"数据库"_s));
}

TEST_CASE("Without a display the window command explains itself instead of crashing", "[executable]")
{
    zhibiao::test::TestFolder folder;
    const QString path = folder.path(u"never-created.sqlite"_s);
    const Run run = runWithoutDisplay({u"--db"_s, path});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"display"_s));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("An unknown command is a usage error", "[executable]")
{
    const Run run = runWithoutDisplay({u"launch-rockets"_s});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"launch-rockets"_s));
}
