#include "app/cli/reportsubcommand.h"

#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "app/report/reportexport.h"
#include "core/import/periodtext.h"

namespace zhibiao {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

int ReportSubcommand::runReport(const QStringList &arguments)
{
    return run(arguments, false);
}

int ReportSubcommand::runExportPdf(const QStringList &arguments)
{
    return run(arguments, true);
}

int ReportSubcommand::run(const QStringList &arguments, bool pdfOnly)
{
    const QString name = pdfOnly ? u"export-pdf"_s : u"report"_s;
    CommandParser parser(name,
                         pdfOnly ? tr("Writes the PDF summary of a year's targets for a leadership meeting: "
                                      "a table of every target, then each target's quarterly chart, "
                                      "figures and notes.")
                                 : tr("Writes the summary report of a year's targets for a leadership meeting, "
                                      "as a PDF or as an OpenDocument text (.odt) to edit in WPS, Word or "
                                      "LibreOffice: the analysis, a table of every target with its light, "
                                      "where the district stands in the city, then each target's quarterly "
                                      "chart, figures and notes."),
                         tr("Run zhibiao %1 --help for usage.").arg(name));
    parser.addYearOption(tr("The year of the targets."), tr("Say which year to report with --year."));
    const QCommandLineOption periodOption(
        u"period"_s,
        tr("The period the figures run to: a month 1-12 or a period such as 1-6月 or 上半年 "
           "(default: the latest month with figures)."),
        tr("PERIOD"));
    const QCommandLineOption output({u"o"_s, u"output"_s},
                                    pdfOnly ? tr("The PDF file to write.") : tr("The file to write: .pdf or .odt."),
                                    tr("OUT"));
    parser.addOptions({periodOption, output});
    if (const std::optional<int> done = parser.parse(arguments))
        return *done;
    const int year = *parser.year();
    std::optional<Period> period;
    if (parser.isSet(periodOption)) {
        const PeriodText text = parsePeriodText(parser.value(periodOption));
        period = text.month ? Period::fromMonth(*text.month) : std::nullopt;
        if (!period)
            return parser.usageError(text.problem.isEmpty()
                                         ? tr("“%1” is not a period: give a month from 1 to 12 or a period "
                                              "such as 1-6月.")
                                               .arg(parser.value(periodOption))
                                         : text.problem);
    }
    const QString path = parser.value(output);
    if (path.isEmpty())
        return parser.usageError(pdfOnly ? tr("Name the file to write with -o, e.g. -o summary-%1.pdf.").arg(year)
                                         : tr("Name the file to write with -o, e.g. -o summary-%1.pdf or "
                                              "-o summary-%1.odt.")
                                               .arg(year));
    const std::optional<ReportFormat> format = ReportFile::formatOf(path);
    if (!format || (pdfOnly && *format != ReportFormat::Pdf))
        return parser.usageError(pdfOnly ? tr("“%1” should end in .pdf.").arg(path)
                                         : tr("“%1” should end in .pdf or .odt.").arg(path));

    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.databasePath());
    if (!workspace)
        return Failure;
    return runReportingErrors([&] {
        const ReportExportResult result = exportReport(*workspace, year, period, *format, path);
        if (result.format == ReportFormat::Pdf) {
            //: %1 file, %2 number of pages, %3 number of targets, %4 year, %5 period such as 1-6月
            print(stdout, tr("Wrote “%1”: %2 pages on the %3 targets of %4 as of %5.")
                              .arg(path)
                              .arg(result.pageCount)
                              .arg(result.targetCount)
                              .arg(year)
                              .arg(result.asOf.monthLabel()));
        } else {
            //: %1 file, %2 number of targets, %3 year, %4 period such as 1-6月
            print(stdout, tr("Wrote “%1”: the %2 targets of %3 as of %4, to edit in a word processor.")
                              .arg(path)
                              .arg(result.targetCount)
                              .arg(year)
                              .arg(result.asOf.monthLabel()));
        }
        return Success;
    });
}

} // namespace zhibiao
