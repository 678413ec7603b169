#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// `zhibiao export-pdf [--db FILE] --year Y [--period M] -o OUT.pdf`: the
// PDF summary for leadership meetings (issue 7) without a display. Runs on
// the offscreen platform (fonts and Qt Charts need a QApplication) and
// writes atomically: a failed export leaves no file.
class ExportPdfSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ExportPdfSubcommand)

public:
    // arguments start with "zhibiao export-pdf"; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zhibiao
