#include "app/commandline.h"
#include "core/storage/database.h"

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;
using Action = CommandLineRequest::Action;

TEST_CASE("No arguments open the window on the default database", "[commandline]")
{
    const CommandLineRequest request = parseCommandLine({u"zhibiao"_s});
    CHECK(request.action == Action::OpenWindow);
    CHECK(request.databasePath.isEmpty());
}

TEST_CASE("The --db option names the database", "[commandline]")
{
    const CommandLineRequest request = parseCommandLine({u"zhibiao"_s, u"--db"_s, u"/tmp/渌口.sqlite"_s});
    CHECK(request.action == Action::OpenWindow);
    CHECK(request.databasePath == u"/tmp/渌口.sqlite"_s);
}

TEST_CASE("Help and version are answered without a window", "[commandline]")
{
    const CommandLineRequest help = parseCommandLine({u"zhibiao"_s, u"--help"_s});
    CHECK(help.action == Action::ShowHelp);
    CHECK(help.helpText.contains(u"--db"_s));
    CHECK(parseCommandLine({u"zhibiao"_s, u"-v"_s}).action == Action::ShowVersion);
}

TEST_CASE("Unknown options and commands are usage errors with a message", "[commandline]")
{
    const CommandLineRequest option = parseCommandLine({u"zhibiao"_s, u"--frobnicate"_s});
    CHECK(option.action == Action::Invalid);
    CHECK(option.errorMessage.contains(u"frobnicate"_s));
    const CommandLineRequest command = parseCommandLine({u"zhibiao"_s, u"explode"_s});
    CHECK(command.action == Action::Invalid);
    CHECK(command.errorMessage.contains(u"explode"_s));
    CHECK(parseCommandLine({u"zhibiao"_s, u"--db"_s}).action == Action::Invalid);
}

TEST_CASE("The database path: --db, then ZHIBIAO_DB, then the standard location", "[commandline]")
{
    qputenv("ZHIBIAO_DB", "/data/from-env.sqlite");
    CHECK(resolveDatabasePath(u"/data/from-option.sqlite"_s) == u"/data/from-option.sqlite"_s);
    CHECK(resolveDatabasePath({}) == u"/data/from-env.sqlite"_s);
    qunsetenv("ZHIBIAO_DB");
    CHECK(resolveDatabasePath({}) == Database::defaultPath());
    CHECK(Database::defaultPath().endsWith(u"/zhibiao.sqlite"_s));
}
