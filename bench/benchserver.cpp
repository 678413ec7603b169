#include "bench/benchserver.h"

#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

namespace zhibiao::bench {

using namespace Qt::StringLiterals;

QString psqlProgram()
{
    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    INFO("psql is in the Debian package postgresql-client");
    REQUIRE_FALSE(psql.isEmpty());
    return psql;
}

QStringList psqlArguments(const ServerAddress &server, const QString &database)
{
    return {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, server.host, u"-U"_s, server.user,
            u"-d"_s, database};
}

QString runPsql(const ServerAddress &server, const QString &database, const QString &command)
{
    QProcess psql;
    psql.start(psqlProgram(), psqlArguments(server, database) << u"-tA"_s << u"-c"_s << command);
    REQUIRE(psql.waitForFinished(600'000));
    INFO(command.toStdString() << '\n' << psql.readAllStandardError().toStdString());
    REQUIRE(psql.exitStatus() == QProcess::NormalExit);
    REQUIRE(psql.exitCode() == 0);
    return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
}

DatabaseLocation serverDatabase(const ServerAddress &server, const QString &name)
{
    ServerAddress address = server;
    address.databaseName = name;
    return DatabaseLocation::server(address);
}

} // namespace zhibiao::bench
