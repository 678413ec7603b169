#include "app/cli/exportpdfsubcommand.h"

#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "app/report/pdfexport.h"

#include <QFileInfo>

namespace zhibiao {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

int ExportPdfSubcommand::run(const QStringList &arguments)
{
    CommandParser parser(u"export-pdf"_s,
                         tr("Writes the PDF summary of a year's targets for a leadership meeting: "
                            "a table of every target, then each target's quarterly chart, "
                            "figures and notes."),
                         tr("Run zhibiao export-pdf --help for usage."));
    parser.addYearOption(tr("The year of the targets."), tr("Say which year to report with --year."));
    const QCommandLineOption periodOption(
        u"period"_s, tr("The month the figures run to, 1-12 (default: the latest month with figures)."),
        tr("MONTH"));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The PDF file to write."), tr("OUT"));
    parser.addOptions({periodOption, output});
    if (const std::optional<int> done = parser.parse(arguments))
        return *done;
    const int year = *parser.year();
    std::optional<Period> period;
    if (parser.isSet(periodOption)) {
        bool ok = false;
        period = Period::fromMonth(parser.value(periodOption).toInt(&ok));
        if (!ok || !period)
            return parser.usageError(
                tr("“%1” is not a month: give a number from 1 to 12.").arg(parser.value(periodOption)));
    }
    const QString path = parser.value(output);
    if (path.isEmpty())
        return parser.usageError(tr("Name the file to write with -o, e.g. -o summary-%1.pdf.").arg(year));
    if (QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        return parser.usageError(tr("“%1” should end in .pdf.").arg(path));

    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.databasePath());
    if (!workspace)
        return Failure;
    return runReportingErrors([&] {
        const PdfExportResult result = exportPdf(*workspace, year, period, path);
        //: %1 file, %2 number of pages, %3 number of targets, %4 year, %5 period such as 1-6月
        print(stdout, tr("Wrote “%1”: %2 pages on the %3 targets of %4 as of %5.")
                          .arg(path)
                          .arg(result.pageCount)
                          .arg(result.targetCount)
                          .arg(year)
                          .arg(result.asOf.monthLabel()));
        return Success;
    });
}

} // namespace zhibiao
