#pragma once

#include "core/backup/backupset.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlite/walcheckpointer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <span>

namespace zhibiao {

class DatabaseEngine;

// One open Zhibiao database, a file or a server's: owns the Qt Sql
// connection and the engine that knows its dialect (DatabaseEngine),
// checks that the place is ours before touching it, and brings its schema
// up to date. It does not know what the tables mean; the repositories do.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Database)

public:
    // Who may create or upgrade the schema. A file on a desk is its user's:
    // opening it does both. A server's schema is its administrator's
    // (`zhibiao server init`): a window finds it in place.
    enum class SchemaChanges { OnFilesOnly, Allowed };

    // Opens location: a file is created as an empty Zhibiao database when
    // it does not exist or has zero length. A file that may only be read
    // (its permissions or its folder's) opens read-only (isReadOnly()).
    // Throws StorageError, without having written anything, for a place
    // that is foreign, newer, corrupt or unreachable, a read-only file that
    // would need creating or upgrading first, and a server database whose
    // schema is missing or older unless schemaChanges allows changing it.
    // Before migrating a file that already has data, a backup is taken
    // beside it (BackupSet, keeping the newest backupsToKeep: the app passes
    // the user's setting); if that fails, the file is not migrated.
    // steps replaces the schema's history in tests only.
    explicit Database(const DatabaseLocation &location, std::span<const Migration> steps = migrations(),
                      int backupsToKeep = BackupSet::DefaultKeep,
                      SchemaChanges schemaChanges = SchemaChanges::OnFilesOnly);
    // The file at path.
    explicit Database(const QString &path, std::span<const Migration> steps = migrations(),
                      int backupsToKeep = BackupSet::DefaultKeep);
    // A second connection to the database that first, on another thread,
    // holds open: for a large write that must not stop first's thread. It
    // is neither checked nor migrated again (first did both), and copying
    // the log into the file after a LargeWrite is left to first (call
    // first.checkpointInBackground() when this connection's write is done).
    // Its commits count as first's own (DataChangeWatcher).
    struct SecondConnection
    {
        const Database &first;
    };
    explicit Database(SecondConnection second);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseLocation &location() const { return m_location; }
    // The file of an SQLite database (backups go beside it); empty on a server.
    QString path() const { return m_location.filePath(); }
    bool isServer() const { return m_location.isServer(); }
    QSqlDatabase connection() const;
    // What differs between the engines (only storage/ uses it).
    DatabaseEngine &engine() const { return *m_engine; }
    int schemaVersion() const;
    // The version the database was at before this opening migrated it (0: new).
    int versionWhenOpened() const { return m_versionWhenOpened; }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // True for a file this user may only read: it shows and exports, and
    // every write (a Transaction) is refused with a message saying why.
    bool isReadOnly() const;

    // False once the connection to a server is known to be lost (always
    // true for a file): a local look, no round trip.
    bool isConnected() const;
    // Opens the connection again after it was lost, as the same user;
    // throws StorageError when the server is not back. Only between
    // transactions: a transaction the loss cut short was rolled back by the server.
    void reconnect();

    // Runs the migrations the file lacks. The constructor does; call it again
    // after the file's content was replaced (a restore of an older backup).
    void migrate();

    // The standard location of the user's database file (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    // Commits within a LargeWrite leave copying the write-ahead log into
    // the file to a background checkpoint (WalCheckpointer), started when
    // the LargeWrite ends: a million-row import commits without waiting for
    // the copy. Create it before the write's Transaction.
    class LargeWrite
    {
    public:
        explicit LargeWrite(Database &database);
        ~LargeWrite();
        LargeWrite(const LargeWrite &) = delete;
        LargeWrite &operator=(const LargeWrite &) = delete;

    private:
        Database &m_database;
    };
    // Turns reference checks off until it ends, where the engine allows it
    // (SQLite's procedure for migrations that rebuild tables; PostgreSQL
    // checks always). Only for writes whose references are valid by
    // construction: a migration that checks them all before it commits, a
    // batch that refers only to rows it read or wrote in its own
    // transaction. Create it outside any transaction: SQLite's pragma does
    // nothing inside one.
    class ReferencesUnchecked
    {
    public:
        ReferencesUnchecked(Database &database, bool unchecked);
        ~ReferencesUnchecked();
        ReferencesUnchecked(const ReferencesUnchecked &) = delete;
        ReferencesUnchecked &operator=(const ReferencesUnchecked &) = delete;

    private:
        Database &m_database;
        bool m_unchecked;
    };
    // Starts copying the write-ahead log into the file on a thread of its
    // own (WalCheckpointer), as a LargeWrite does when it ends.
    void checkpointInBackground();
    // Returns when no background checkpoint is running (for benchmarks and
    // tests that measure what follows).
    void waitForCheckpoint();

private:
    friend class Transaction;

    void openConnection(bool verify);
    void closeConnection();

    DatabaseLocation m_location;
    std::unique_ptr<DatabaseEngine> m_engine;
    QString m_connectionName;
    std::span<const Migration> m_migrations;
    int m_backupsToKeep;
    int m_transactionDepth = 0;
    int m_versionWhenOpened = 0;
};

} // namespace zhibiao
