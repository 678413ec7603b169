#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// The summary report without a display:
//   zhibiao report [--db DB] --year Y [--period P] -o OUT.pdf|OUT.odt
//   zhibiao export-pdf [--db DB] --year Y [--period M] -o OUT.pdf
// (export-pdf is the older name, kept for the scripts that use it; it
// writes PDF only). Runs on the offscreen platform (fonts and Qt Charts
// need a QApplication) and writes atomically: a failed export leaves no
// file.
class ReportSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReportSubcommand)

public:
    // arguments start with "zhibiao report"; returns the exit code.
    static int runReport(const QStringList &arguments);
    // arguments start with "zhibiao export-pdf".
    static int runExportPdf(const QStringList &arguments);

private:
    static int run(const QStringList &arguments, bool pdfOnly);
};

} // namespace zhibiao
