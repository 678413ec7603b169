#include "app/cli/exportsubcommand.h"

#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "core/export/figureexport.h"

namespace zhibiao {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

int ExportSubcommand::run(const QStringList &arguments)
{
    CommandParser parser(u"export"_s,
                         tr("Writes a year's figures and the status of its targets to an .xlsx "
                            "workbook or a CSV file (UTF-8, opens in Excel)."),
                         tr("Run zhibiao export --help for usage."));
    parser.addYearOption(tr("The year to export."), tr("Say which year to export with --year."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write; .xlsx or .csv."), tr("OUT"));
    parser.addOptions({output});
    if (const std::optional<int> done = parser.parse(arguments))
        return *done;
    const int year = *parser.year();
    const QString path = parser.value(output);
    if (path.isEmpty())
        return parser.usageError(tr("Name the file to write with -o, e.g. -o figures-%1.xlsx.").arg(year));
    if (!FigureExport::formatFor(path))
        return parser.usageError(tr("“%1” should end in .xlsx or .csv.").arg(path));

    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.databasePath());
    if (!workspace)
        return Failure;
    return runReportingErrors([&] {
        const ExportResult result = FigureExport::write(*workspace, year, path);
        //: %1 file, %2 number of indicators, %3 number of figures, %4 year, %5 number of targets, %6 period
        print(stdout, tr("Wrote “%1”: %2 indicators with %3 figures of %4, and the status of %5 targets as of %6.")
                          .arg(path)
                          .arg(result.indicatorCount)
                          .arg(result.figureCount)
                          .arg(year)
                          .arg(result.targetCount)
                          .arg(result.asOf.monthLabel()));
        return Success;
    });
}

} // namespace zhibiao
