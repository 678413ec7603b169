#include "exportpdfcommand.h"

#include "commandconsole.h"
#include "existingdatabase.h"
#include "exporterror.h"
#include "report/pdfexport.h"
#include "storageerror.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

int usageError(const QString &message)
{
    print(stderr, message + u'\n' + ExportPdfCommand::tr("Run zhibiao export-pdf --help for usage."));
    return UsageError;
}

} // namespace

int ExportPdfCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the PDF summary of a year's targets for a leadership meeting: "
                                        "a table of every target, then each target's quarterly chart, "
                                        "figures and notes."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption database(u"db"_s, tr("The database FILE (default: $ZHIBIAO_DB, else the standard data folder)."),
                                      tr("FILE"));
    const QCommandLineOption yearOption(u"year"_s, tr("The year of the targets."), tr("YEAR"));
    const QCommandLineOption periodOption(
        u"period"_s, tr("The month the figures run to, 1-12 (default: the latest month with figures)."),
        tr("MONTH"));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The PDF file to write."), tr("OUT"));
    parser.addOptions({help, database, yearOption, periodOption, output});

    QStringList forParser = arguments;
    forParser.removeAt(1); // "export-pdf": the parser's usage line names the program
    if (!parser.parse(forParser))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, helpText(parser, u"export-pdf"_s));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (!parser.isSet(yearOption))
        return usageError(tr("Say which year to report with --year."));
    bool ok = false;
    const int year = parser.value(yearOption).toInt(&ok);
    if (!ok || year < 1949 || year > 2200)
        return usageError(tr("“%1” is not a year.").arg(parser.value(yearOption)));
    std::optional<Period> period;
    if (parser.isSet(periodOption)) {
        period = Period::fromMonth(parser.value(periodOption).toInt(&ok));
        if (!ok || !period)
            return usageError(tr("“%1” is not a month: give a number from 1 to 12.").arg(parser.value(periodOption)));
    }
    const QString path = parser.value(output);
    if (path.isEmpty())
        return usageError(tr("Name the file to write with -o, e.g. -o summary-%1.pdf.").arg(year));
    if (QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        return usageError(tr("“%1” should end in .pdf.").arg(path));

    QString error;
    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.value(database), error);
    if (!workspace) {
        print(stderr, error);
        return Failure;
    }
    try {
        const PdfExportResult result = exportPdf(*workspace, year, period, path);
        //: %1 file, %2 number of pages, %3 number of targets, %4 year, %5 period such as 1-6月
        print(stdout, tr("Wrote “%1”: %2 pages on the %3 targets of %4 as of %5.")
                          .arg(path)
                          .arg(result.pageCount)
                          .arg(result.targetCount)
                          .arg(year)
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
