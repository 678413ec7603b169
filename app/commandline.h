#pragma once

#include "core/storage/databaselocation.h"

#include <QString>
#include <QStringList>

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

// --db wins over ZHIBIAO_DB, which wins over the standard location. The
// result is a file's path or a server's postgresql:// URL, as given.
QString resolveDatabasePath(const QString &fromCommandLine);
// The same, read as a location. Throws StorageError (BadLocation) for a
// malformed URL or one with a password.
DatabaseLocation resolveDatabaseLocation(const QString &fromCommandLine);

} // namespace zhibiao
