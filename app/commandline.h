#pragma once

#include "core/storage/databaselocation.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace zhibiao {

// What the user asked for on the command line. Parsing is a pure function
// of the arguments (and the environment for the database path), so it runs
// before any QApplication exists: --help and --version need no display.
struct CommandLineRequest
{
    enum class Action {
        OpenWindow,
        RunSubcommand, // subcommandName names it; arguments go to it whole
        ShowHelp,
        ShowVersion,
        Invalid,
    };

    Action action = Action::OpenWindow;
    QString databasePath; // as given with --db: a file or a postgresql:// URL; empty: the standard location
    QString subcommandName;
    QString helpText;     // for ShowHelp
    QString errorMessage; // for Invalid
};

// arguments includes the program name, as QCoreApplication::arguments().
CommandLineRequest parseCommandLine(const QStringList &arguments);

// Where a database may be named, for choosing the one to open.
struct DatabaseSources
{
    QString commandLine; // --db
    QString environment; // ZHIBIAO_DB
    QString lastOpened;  // the file the window opened last (RecentFiles); empty for command-line actions
    QString standard;    // Database::defaultPath()
};

// Which database opens, and why.
struct DatabaseChoice
{
    enum class Source { CommandLine, Environment, LastOpened, Standard };
    Source source = Source::Standard;
    QString database; // a file's path or a server's postgresql:// URL, as given
    // The last file opened no longer exists, so the standard one opens (the
    // window says so in the status bar).
    bool lastOpenedMissing = false;
};

// The one rule: --db wins over ZHIBIAO_DB, which wins over the file the
// window opened last if it still exists (fileExists says), which wins over
// the standard location.
DatabaseChoice chooseDatabase(const DatabaseSources &sources, const std::function<bool(const QString &)> &fileExists);
// The sources as this process sees them: fromCommandLine, ZHIBIAO_DB, lastOpened, the standard location.
DatabaseSources databaseSources(const QString &fromCommandLine, const QString &lastOpened = {});

// chooseDatabase() for a command-line action (which does not follow the
// window's last file): --db, ZHIBIAO_DB, the standard location.
QString resolveDatabasePath(const QString &fromCommandLine);
// The same, read as a location. Throws StorageError (BadLocation) for a
// malformed URL or one with a password.
DatabaseLocation resolveDatabaseLocation(const QString &fromCommandLine);

} // namespace zhibiao
