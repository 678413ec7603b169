#include "importcommand.h"

#include "commandconsole.h"
#include "existingdatabase.h"
#include "figurechange.h"
#include "importerror.h"
#include "importsession.h"
#include "importsummary.h"
#include "mappingmemory.h"
#include "periodtext.h"
#include "storageerror.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSettings>

#include <optional>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

struct Request
{
    QString databasePath;
    QString input;
    ImportOptions options;
    TableFileOptions fileOptions;
    bool skipBad = false;
    bool dryRun = false;
};

int usageError(const QString &message)
{
    print(stderr, message + u'\n' + ImportCommand::tr("Run zhibiao import --help for usage."));
    return UsageError;
}

// Parses the arguments into request; returns an exit code when the command
// is done already (help, usage errors).
std::optional<int> parse(const QStringList &arguments, Request &request)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommand::tr("Imports figures from a spreadsheet (.xlsx, .csv or tab-separated "
                                                       "text) into the database, all or nothing."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, ImportCommand::tr("Show this help and exit."));
    const QCommandLineOption database(u"db"_s, ImportCommand::tr("The database FILE (default: $ZHIBIAO_DB, else the standard data folder)."),
                                      ImportCommand::tr("FILE"));
    const QCommandLineOption year(u"year"_s, ImportCommand::tr("The year of figures whose file names none; rows of another year are rejected."),
                                  ImportCommand::tr("YEAR"));
    const QCommandLineOption period(u"period"_s, ImportCommand::tr("The period of figures whose file names none, e.g. 1-5月 or 一季度."),
                                    ImportCommand::tr("PERIOD"));
    const QCommandLineOption encoding(u"encoding"_s, ImportCommand::tr("The encoding of a text file: utf-8 or gbk (default: detected)."),
                                      ImportCommand::tr("ENCODING"));
    const QCommandLineOption sheet(u"sheet"_s, ImportCommand::tr("The sheet of a workbook to read (default: the first visible one)."),
                                   ImportCommand::tr("NAME"));
    const QCommandLineOption skipBad(u"skip-bad"_s, ImportCommand::tr("Import the good rows even when some are rejected (they are still listed)."));
    const QCommandLineOption dryRun(u"dry-run"_s, ImportCommand::tr("Show what would be imported, and write nothing."));
    parser.addOptions({help, database, year, period, encoding, sheet, skipBad, dryRun});
    parser.addPositionalArgument(u"input"_s, ImportCommand::tr("The spreadsheet to import."), ImportCommand::tr("INPUT"));

    // "zhibiao import ...": the parser sees "zhibiao ..." so its own usage
    // line names the program.
    QStringList forParser = arguments;
    forParser.removeAt(1);
    if (!parser.parse(forParser))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, helpText(parser, u"import"_s));
        return Success;
    }

    if (parser.isSet(year)) {
        bool ok = false;
        const int value = parser.value(year).toInt(&ok);
        if (!ok || value < 1949 || value > 2200)
            return usageError(ImportCommand::tr("“%1” is not a year.").arg(parser.value(year)));
        request.options.year = value;
    }
    if (parser.isSet(period)) {
        const PeriodText text = parsePeriodText(parser.value(period));
        if (!text.month)
            return usageError(text.problem.isEmpty() ? ImportCommand::tr("“%1” is not a period such as 1-5月.").arg(parser.value(period))
                                                     : text.problem);
        request.options.month = text.month;
    }
    if (parser.isSet(encoding)) {
        const auto chosen = encodingFromName(parser.value(encoding));
        if (!chosen)
            return usageError(ImportCommand::tr("Unknown encoding “%1”: use utf-8 or gbk.").arg(parser.value(encoding)));
        request.fileOptions.encoding = *chosen;
    }
    request.fileOptions.sheetName = parser.value(sheet);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usageError(ImportCommand::tr("Name one file to import."));
    request.input = inputs.first();
    request.databasePath = parser.value(database);
    request.skipBad = parser.isSet(skipBad);
    request.dryRun = parser.isSet(dryRun);
    return std::nullopt;
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    Request request;
    if (const std::optional<int> done = parse(arguments, request))
        return *done;

    QString error;
    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(request.databasePath, error);
    if (!workspace) {
        print(stderr, error);
        return Failure;
    }
    try {
        ImportSession session(request.input, request.fileOptions);
        QSettings settings;
        session.recallMapping(MappingMemory(settings));
        const ImportStamp stamp{session.fileName(), Author::current().name, QDateTime::currentDateTimeUtc()};
        const ImportPlan plan = session.plan(*workspace, request.options, stamp);
        print(stdout, ImportSummary::describe(plan, session.fileName(), session.table().description,
                                              workspace->indicators().all()));

        const int rejected = int(plan.rejected().size());
        if (rejected > 0 && !request.skipBad) {
            print(stderr, tr("Nothing was written: %n row(s) rejected. Correct the file, or run again with --skip-bad "
                             "to import the other rows.", nullptr, rejected));
            return Failure;
        }
        const int count = int(plan.additions().size() + plan.revisions().size());
        if (request.dryRun) {
            print(stdout, tr("Dry run: nothing was written."));
            return Success;
        }
        if (count == 0) {
            print(stdout, tr("Nothing to write: the database already holds these figures."));
            return Success;
        }
        plan.apply(workspace->entries(), ImportPlan::RejectedRows::Skip);
        print(stdout, tr("Imported %n value(s) in one transaction.", nullptr, count));
        return Success;
    } catch (const ImportError &importError) {
        print(stderr, importError.message());
    } catch (const StorageError &storageError) {
        print(stderr, tr("Nothing was written: %1").arg(storageError.message()));
    }
    return Failure;
}

} // namespace zhibiao
