#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace zhibiao {

// The two engines a Zhibiao database lives in: one SQLite file on a desk,
// or one PostgreSQL database that the office shares.
enum class Engine { Sqlite, PostgreSql };

// Where a PostgreSQL database is, as a postgresql:// URL names it. What
// the URL leaves out is left to libpq's own defaults (PGHOST, PGPORT,
// PGUSER, PGSSLMODE, ~/.pgpass, PGPASSWORD …): a password is never part
// of it, so it can be shown, logged and remembered.
struct ServerAddress
{
    QString host;         // a name, an address or a socket folder; empty: libpq's default
    int port = -1;        // -1: libpq's default
    QString user;         // empty: libpq's default (PGUSER, else the login)
    QString databaseName; // empty: libpq's default (PGDATABASE, else the user)
    // Further libpq connection parameters from the URL's query
    // (sslmode=require …), in the order given; only those that carry no secret.
    QList<QPair<QString, QString>> options;

    // The address as a URL, postgresql://user@host:port/name?options.
    QString url() const;
    friend bool operator==(const ServerAddress &, const ServerAddress &) = default;
};

// What --db names: a database file, or a database on a server.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DatabaseLocation)

public:
    // The file at path (made absolute).
    static DatabaseLocation file(const QString &path);
    static DatabaseLocation server(const ServerAddress &address);
    // A --db argument: a postgresql:// or postgres:// URL names a server
    // database, anything else a file. Throws StorageError (BadLocation)
    // for a URL that is malformed or holds a password.
    static DatabaseLocation parse(const QString &text);
    // True when text is meant as a server URL (it may still be malformed).
    static bool looksLikeServerUrl(const QString &text);

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSql; }
    // The file of an SQLite database; empty for a server.
    const QString &filePath() const { return m_filePath; }
    // The address of a server database; empty for a file.
    const ServerAddress &serverAddress() const { return m_server; }
    // How the user names it: the file's native path, or the server's URL.
    QString displayName() const;
    // A short name for a report's footer: the file's name, or the server database's.
    QString shortName() const;

    // A file on a network folder is opened only when the user says it is
    // for this desk alone (SqliteEngine: a rollback journal instead of the
    // write-ahead log, which needs memory shared on one machine).
    DatabaseLocation forThisDeskAlone() const;
    bool isForThisDeskAlone() const { return m_thisDeskAlone; }

    friend bool operator==(const DatabaseLocation &, const DatabaseLocation &) = default;

private:
    DatabaseLocation() = default;

    Engine m_engine = Engine::Sqlite;
    QString m_filePath;
    ServerAddress m_server;
    bool m_thisDeskAlone = false;
};

} // namespace zhibiao
