#include "app/cli/importsubcommand.h"

#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "core/import/importerror.h"
#include "core/import/importsession.h"
#include "core/import/importsummary.h"
#include "core/import/mappingmemory.h"
#include "core/import/peerimportplan.h"
#include "core/import/periodtext.h"
#include "core/storage/storageerror.h"

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

// Parses the arguments into request; returns an exit code when the command
// is done already (help, usage errors).
std::optional<int> parse(const QStringList &arguments, Request &request)
{
    CommandParser parser(u"import"_s,
                         ImportSubcommand::tr("Imports figures from a spreadsheet (.xlsx, .csv or tab-separated "
                                           "text) into the database, all or nothing."),
                         ImportSubcommand::tr("Run zhibiao import --help for usage."));
    parser.addYearOption(ImportSubcommand::tr("The year of figures whose file names none; rows of another year are rejected."));
    const QCommandLineOption period(u"period"_s, ImportSubcommand::tr("The period of figures whose file names none, e.g. 1-5月 or 一季度."),
                                    ImportSubcommand::tr("PERIOD"));
    const QCommandLineOption encoding(u"encoding"_s, ImportSubcommand::tr("The encoding of a text file: utf-8 or gbk (default: detected)."),
                                      ImportSubcommand::tr("ENCODING"));
    const QCommandLineOption sheet(u"sheet"_s, ImportSubcommand::tr("The sheet of a workbook to read (default: the first visible one)."),
                                   ImportSubcommand::tr("NAME"));
    const QCommandLineOption skipBad(u"skip-bad"_s, ImportSubcommand::tr("Import the good rows even when some are rejected (they are still listed)."));
    const QCommandLineOption dryRun(u"dry-run"_s, ImportSubcommand::tr("Show what would be imported, and write nothing."));
    parser.addOptions({period, encoding, sheet, skipBad, dryRun});
    parser.addPositionalArgument(u"input"_s, ImportSubcommand::tr("The spreadsheet to import."), ImportSubcommand::tr("INPUT"));
    if (const std::optional<int> done = parser.parse(arguments))
        return done;

    request.options.year = parser.year();
    if (parser.isSet(period)) {
        const PeriodText text = parsePeriodText(parser.value(period));
        if (!text.month)
            return parser.usageError(text.problem.isEmpty()
                                         ? ImportSubcommand::tr("“%1” is not a period such as 1-5月.").arg(parser.value(period))
                                         : text.problem);
        request.options.month = text.month;
    }
    if (parser.isSet(encoding)) {
        const auto chosen = encodingFromName(parser.value(encoding));
        if (!chosen)
            return parser.usageError(ImportSubcommand::tr("Unknown encoding “%1”: use utf-8 or gbk.").arg(parser.value(encoding)));
        request.fileOptions.encoding = *chosen;
    }
    request.fileOptions.sheetName = parser.value(sheet);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return parser.usageError(ImportSubcommand::tr("Name one file to import."));
    request.input = inputs.first();
    request.databasePath = parser.databasePath();
    request.skipBad = parser.isSet(skipBad);
    request.dryRun = parser.isSet(dryRun);
    return std::nullopt;
}

// The city's comparison table: the same rules as the district's figures.
int importCityTable(PeerTableReading reading, const ImportSession &session, Workspace &workspace,
                    const Request &request)
{
    const PeerImportPlan plan = PeerImportPlan::build(std::move(reading), workspace);
    print(stdout, plan.summary(session.fileName()));
    const int rejected = int(plan.reading().rejected.size());
    if (rejected > 0 && !request.skipBad) {
        print(stderr, ImportSubcommand::tr("Nothing was written: %n cell(s) could not be read. Correct the file, or "
                                           "run again with --skip-bad to import the others.",
                                           nullptr, rejected));
        return Failure;
    }
    if (request.dryRun) {
        print(stdout, ImportSubcommand::tr("Dry run: nothing was written."));
        return Success;
    }
    if (plan.changes().isEmpty()) {
        print(stdout, ImportSubcommand::tr("Nothing to write: the database already holds these figures."));
        return Success;
    }
    plan.apply(workspace.comparison());
    print(stdout, ImportSubcommand::tr("Imported %n figure(s) of the city's table in one transaction.", nullptr,
                                       int(plan.changes().size())));
    return Success;
}

} // namespace

int ImportSubcommand::run(const QStringList &arguments)
{
    Request request;
    if (const std::optional<int> done = parse(arguments, request))
        return *done;

    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(request.databasePath);
    if (!workspace)
        return Failure;
    // Said before the spreadsheet is read: nothing it holds could be stored.
    // A dry run writes nothing, so it still shows what would be imported.
    if (workspace->database().isReadOnly() && !request.dryRun) {
        print(stderr, tr("Nothing was written: %1 is read-only. It can be exported, but figures are imported into a "
                         "file you may write (or try first with --dry-run).")
                          .arg(workspace->database().location().displayName()));
        return Failure;
    }
    try {
        ImportSession session(request.input, request.fileOptions);
        if (auto city = session.cityTable(workspace->comparison().units(), workspace->indicators().all(),
                                          request.options))
            return importCityTable(std::move(*city), session, *workspace, request);
        QSettings settings;
        session.recallMapping(MappingMemory(settings));
        const ImportPlan plan = session.plan(workspace->database(), request.options);
        print(stdout, ImportSummary::describe(plan, session.fileName(), session.table().description,
                                              workspace->indicators().all()));

        const int rejected = int(plan.rejected().size());
        if (rejected > 0 && !request.skipBad) {
            print(stderr, tr("Nothing was written: %n row(s) rejected. Correct the file, or run again with --skip-bad "
                             "to import the other rows.", nullptr, rejected));
            return Failure;
        }
        const int count = int(plan.writeCount());
        if (request.dryRun) {
            print(stdout, tr("Dry run: nothing was written."));
            return Success;
        }
        if (count == 0) {
            print(stdout, tr("Nothing to write: the database already holds these figures."));
            return Success;
        }
        plan.apply(workspace->entries(), ImportPlan::RejectedRows::Skip, EntryStamp::now(session.fileName()));
        print(stdout, tr("Imported %n value(s) in one transaction.", nullptr, count));
        return Success;
    } catch (const ImportError &importError) {
        print(stderr, importError.message());
    } catch (const StorageError &storageError) {
        // The disk-full message says itself that nothing was stored.
        print(stderr, storageError.code() == StorageError::Code::DiskFull
                          ? storageError.message()
                          : tr("Nothing was written: %1").arg(storageError.message()));
    }
    return Failure;
}

} // namespace zhibiao
