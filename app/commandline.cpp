#include "app/commandline.h"

#include "app/cli/subcommand.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Gives the free functions below a translation context of their own.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CommandLine)
};

} // namespace

CommandLineRequest parseCommandLine(const QStringList &arguments)
{
    CommandLineRequest request;
    // `zhibiao NAME ...`: the command parses its own options.
    if (arguments.size() > 1 && findSubcommand(arguments.at(1))) {
        request.action = CommandLineRequest::Action::RunSubcommand;
        request.subcommandName = arguments.at(1);
        return request;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Zhibiao tracks a district's yearly economic targets."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, CommandLine::tr("Show the version and exit."));
    const QCommandLineOption databaseOption(
        u"db"_s,
        CommandLine::tr("Open the database DB: a file, or a database on a server, "
                        "postgresql://[user@][host][:port]/name (default: $ZHIBIAO_DB, else the file in the standard "
                        "data folder)."),
        CommandLine::tr("DB"));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption(databaseOption);
    // Sub-commands (export-pdf, import, ...) take the first positional
    // argument; without one, the window opens.
    QString commandList;
    for (const Subcommand &command : subcommands())
        commandList += u"\n  "_s + command.name.leftJustified(12) + CommandLine::tr(command.summary);
    parser.addPositionalArgument(u"command"_s,
                                 CommandLine::tr("Optional command; without one the window opens.") + commandList,
                                 CommandLine::tr("[command]"));

    if (!parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Invalid;
        request.errorMessage = parser.errorText();
        return request;
    }
    if (parser.isSet(helpOption)) {
        request.action = CommandLineRequest::Action::ShowHelp;
        request.helpText = parser.helpText();
        return request;
    }
    if (parser.isSet(versionOption)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        return request;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        request.action = CommandLineRequest::Action::Invalid;
        request.errorMessage = CommandLine::tr("Unknown command “%1”. Run zhibiao --help for usage.").arg(positional.first());
        return request;
    }
    request.databasePath = parser.value(databaseOption);
    return request;
}

DatabaseChoice chooseDatabase(const DatabaseSources &sources, const std::function<bool(const QString &)> &fileExists)
{
    using Source = DatabaseChoice::Source;
    if (!sources.commandLine.isEmpty())
        return {Source::CommandLine, sources.commandLine};
    if (!sources.environment.isEmpty())
        return {Source::Environment, sources.environment};
    if (!sources.lastOpened.isEmpty()) {
        if (fileExists(sources.lastOpened))
            return {Source::LastOpened, sources.lastOpened};
        return {Source::Standard, sources.standard, true};
    }
    return {Source::Standard, sources.standard};
}

DatabaseSources databaseSources(const QString &fromCommandLine, const QString &lastOpened)
{
    return {fromCommandLine, qEnvironmentVariable("ZHIBIAO_DB"), lastOpened, Database::defaultPath()};
}

QString resolveDatabasePath(const QString &fromCommandLine)
{
    return chooseDatabase(databaseSources(fromCommandLine), [](const QString &) { return true; }).database;
}

DatabaseLocation resolveDatabaseLocation(const QString &fromCommandLine)
{
    return DatabaseLocation::parse(resolveDatabasePath(fromCommandLine));
}

} // namespace zhibiao
