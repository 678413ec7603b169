#pragma once

#include "core/storage/databaselocation.h"
#include "core/storage/workspace.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace zhibiao::test {

// The suite's own PostgreSQL (tests/postgresql/server), which ctest starts
// before the first test that needs it: reached on its Unix socket as its
// superuser, zhibiao_admin. A test run without it fails, saying so.
ServerAddress testServer(const QString &databaseName);

// Runs sql on a database of the suite's server as its superuser, outside
// Zhibiao, and returns the first value of its first row (if any).
QVariant onServer(const QString &databaseName, const QString &sql);

// What one statement gave when run outside Zhibiao: whether it ran, the
// server's reason when not, the first value of its first row, and how
// many rows it changed.
struct SqlOutcome
{
    bool ran = false;
    QString problem;
    QVariant value;
    int rowsAffected = -1;
};

// Runs sql on a database of the suite's server as login, plain SQL as
// psql would send it (the server trusts its socket: no password).
SqlOutcome onServerAs(const QString &login, const QString &databaseName, const QString &sql);

// A PostgreSQL of one test's own, for faults that would disturb the
// suite's shared server: started in a temporary folder, stopped and
// removed at the end. Its one database, "lukou", is empty.
class PrivateServer
{
public:
    PrivateServer();
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    DatabaseLocation location() const;
    // Stops the server at once, as a crash or a pulled cable would
    // (pg_ctl stop -m immediate); start() brings it back with its data.
    void crash();
    void start();

private:
    QString m_folder;
};

// A fresh, empty database on the suite's server, dropped at the end.
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    DatabaseLocation location() const;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};

// A fresh place for a database on engine: a file in a temporary folder,
// or an empty database on the suite's server. Storage tests take the
// engine from GENERATE(testedEngines()) and run the same on both.
class TestDatabase
{
public:
    explicit TestDatabase(Engine engine);

    Engine engine() const { return m_engine; }
    DatabaseLocation location() const;
    // A second file (or database) of the same engine, for a copy.
    DatabaseLocation other() const;

    // A new Workspace: a file opens as on a desk; a server database is
    // created and seeded as `zhibiao server init` does.
    std::unique_ptr<Workspace> open(const std::function<Seed()> &seed = bundledSeed) const;

private:
    Engine m_engine;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<ServerDatabase> m_server;
    mutable std::unique_ptr<ServerDatabase> m_otherServer; // made when first asked for
};

// Both engines: `const Engine engine = GENERATE(test::eachEngine());`
// runs the rest of the test once on each.
Catch::Generators::GeneratorWrapper<Engine> eachEngine();
const char *engineName(Engine engine);

} // namespace zhibiao::test
