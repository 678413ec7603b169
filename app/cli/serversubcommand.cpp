#include "app/cli/serversubcommand.h"

#include "app/backup/backupstokeep.h"
#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "app/commandline.h"
#include "core/storage/databasecopy.h"
#include "core/storage/migrations.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

int initialize(const DatabaseLocation &location)
{
    return runReportingErrors([&] {
        Workspace workspace(location, bundledSeed, backupsToKeep(), Database::SchemaChanges::Allowed);
        const int before = workspace.database().versionWhenOpened();
        const int now = workspace.database().schemaVersion();
        if (before == 0)
            //: %1 server database, %2 data format version, %3 district
            print(stdout, ServerSubcommand::tr("Prepared %1 for Zhibiao (data format %2), with the targets of %3.")
                              .arg(location.displayName())
                              .arg(now)
                              .arg(workspace.district().nameZh));
        else if (before < now)
            print(stdout, ServerSubcommand::tr("Brought %1 up to date: data format %2, was %3.")
                              .arg(location.displayName())
                              .arg(now)
                              .arg(before));
        else
            print(stdout, ServerSubcommand::tr("%1 is up to date (data format %2); nothing was changed.")
                              .arg(location.displayName())
                              .arg(now));
        return Success;
    });
}

int upload(const QString &fromFile, const DatabaseLocation &location)
{
    const std::unique_ptr<Workspace> desk = ExistingDatabase::open(fromFile);
    if (!desk)
        return Failure;
    return runReportingErrors([&] {
        Database server(location, migrations(), backupsToKeep(), Database::SchemaChanges::Allowed);
        const DatabaseCopyCounts counts = DatabaseCopy::copy(desk->database(), server);
        //: %1 file, %2 server database, %3 revisions, %4 change sets, %5 targets
        print(stdout, ServerSubcommand::tr("Copied %1 to %2: %3 figure revisions from %4 entries and imports, and %5 "
                                           "targets.")
                          .arg(desk->database().location().displayName(), location.displayName())
                          .arg(counts.revisions)
                          .arg(counts.changeSets)
                          .arg(counts.targets));
        return Success;
    });
}

} // namespace

int ServerSubcommand::run(const QStringList &arguments)
{
    CommandParser parser(u"server"_s,
                         tr("Prepares an office's PostgreSQL database for Zhibiao (docs/server.md).\n"
                            "  init    create the schema in an empty database and seed it, or bring an older one "
                            "up to date\n"
                            "  upload  copy a desk's database file, every figure and stamp, into an empty one"),
                         tr("Run zhibiao server --help for usage."));
    const QCommandLineOption from(u"from"_s, tr("For upload: the database FILE to copy."), tr("FILE"));
    parser.addOptions({from});
    parser.addPositionalArgument(u"action"_s, tr("init or upload."), u"init|upload"_s);
    if (const std::optional<int> done = parser.parse(arguments))
        return *done;
    const QStringList actions = parser.positionalArguments();
    if (actions.size() != 1 || (actions.first() != u"init" && actions.first() != u"upload"))
        return parser.usageError(tr("Say what to do: zhibiao server init or zhibiao server upload."));
    const QString action = actions.first();
    if (parser.databasePath().isEmpty())
        return parser.usageError(tr("Name the server's database with --db postgresql://[user@]host/name."));
    std::optional<DatabaseLocation> parsed;
    try {
        parsed = resolveDatabaseLocation(parser.databasePath());
    } catch (const StorageError &error) {
        return parser.usageError(error.message());
    }
    const DatabaseLocation &location = *parsed;
    if (!location.isServer())
        return parser.usageError(tr("--db names a file; server %1 works on a database on a server, "
                                    "postgresql://[user@]host/name. A file is prepared when it is first opened.")
                                     .arg(action));
    if (action == u"init") {
        if (parser.isSet(from))
            return parser.usageError(tr("--from is for upload."));
        return initialize(location);
    }
    if (parser.value(from).isEmpty())
        return parser.usageError(tr("Name the file to copy with --from FILE."));
    return upload(parser.value(from), location);
}

} // namespace zhibiao
