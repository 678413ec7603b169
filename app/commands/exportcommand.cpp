#include "exportcommand.h"

#include "commandconsole.h"
#include "existingdatabase.h"
#include "exporterror.h"
#include "figureexport.h"
#include "storageerror.h"

#include <QCommandLineParser>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

int usageError(const QString &message)
{
    print(stderr, message + u'\n' + ExportCommand::tr("Run zhibiao export --help for usage."));
    return UsageError;
}

} // namespace

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a year's figures and the status of its targets to an .xlsx "
                                        "workbook or a CSV file (UTF-8, opens in Excel)."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption database(u"db"_s, tr("The database FILE (default: $ZHIBIAO_DB, else the standard data folder)."),
                                      tr("FILE"));
    const QCommandLineOption yearOption(u"year"_s, tr("The year to export."), tr("YEAR"));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write; .xlsx or .csv."), tr("OUT"));
    parser.addOptions({help, database, yearOption, output});

    QStringList forParser = arguments;
    forParser.removeAt(1); // "export": the parser's usage line names the program
    if (!parser.parse(forParser))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, helpText(parser, u"export"_s));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(yearOption))
        return usageError(tr("Say which year to export with --year."));
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!ok || year < 1949 || year > 2200)
        return usageError(tr("“%1” is not a year.").arg(parser.value(yearOption)));
    const QString path = parser.value(output);
    if (path.isEmpty())
        return usageError(tr("Name the file to write with -o, e.g. -o figures-%1.xlsx.").arg(year));
    if (!FigureExport::formatFor(path))
        return usageError(tr("“%1” should end in .xlsx or .csv.").arg(path));

    QString error;
    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.value(database), error);
    if (!workspace) {
        print(stderr, error);
        return Failure;
    }
    try {
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
    } catch (const ExportError &exportError) {
        print(stderr, exportError.message());
    } catch (const StorageError &storageError) {
        print(stderr, storageError.message());
    }
    return Failure;
}

} // namespace zhibiao
