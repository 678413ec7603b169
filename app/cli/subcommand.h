#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace zhibiao {

// A command-line action that runs without the window: `zhibiao NAME ...`.
// Each lives in its own file under app/cli/ and registers here, so the
// dispatcher in application.cpp never grows with them.
struct Subcommand
{
    enum class Application {
        Core,      // QCoreApplication: no display, no painting
        Offscreen, // QApplication on the offscreen platform: fonts, Qt Charts, painting (PDF, PNG)
    };

    QString name;             // "export-pdf", "import", ...
    const char *summary;      // untranslated; shown through tr() in --help (QT_TRANSLATE_NOOP)
    Application application;  // what must exist before run() is called
    // arguments start with "zhibiao NAME"; returns the exit code.
    std::function<int(const QStringList &arguments)> run;
};

const QList<Subcommand> &subcommands();
const Subcommand *findSubcommand(const QString &name);

} // namespace zhibiao
