#pragma once

#include "core/backup/backupset.h"
#include "core/storage/migrations.h"
#include "core/storage/walcheckpointer.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <span>

namespace zhibiao {

// One open Zhibiao database file: owns the Qt Sql connection, checks that
// the file is ours before touching it, and brings its schema up to date.
// It does not know what the tables mean; the repositories do.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Database)

public:
    // Opens path, creating an empty Zhibiao database when the file does not
    // exist or has zero length. Throws StorageError, without having written
    // anything, for a file that is foreign, newer, corrupt or unwritable.
    // Before migrating a file that already has data, a backup is taken
    // beside it (BackupSet, keeping the newest backupsToKeep: the app passes
    // the user's setting); if that fails, the file is not migrated.
    // steps replaces the schema's history in tests only.
    explicit Database(const QString &path, std::span<const Migration> steps = migrations(),
                      int backupsToKeep = BackupSet::DefaultKeep);
    // A second connection to a file that first, on another thread, holds
    // open: for a large write that must not stop first's thread. The file
    // is neither checked nor migrated again (first did both), and copying
    // the log into the file after a LargeWrite is left to first (call
    // first.checkpointInBackground() when this connection's write is done).
    struct SecondConnection
    {
        const Database &first;
    };
    explicit Database(SecondConnection second);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Runs the migrations the file lacks. The constructor does; call it again
    // after the file's content was replaced (a restore of an older backup).
    void migrate();

    // The standard location of the user's database (QStandardPaths::AppDataLocation).
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
    // Turns reference checks off until it ends (SQLite's procedure for
    // migrations that rebuild tables). Only for writes whose references
    // are valid by construction: a migration that checks them all before
    // it commits, a batch that refers only to rows it read or wrote in its
    // own transaction. Create it outside any transaction: the pragma does
    // nothing inside one.
    class ReferencesUnchecked
    {
    public:
        ReferencesUnchecked(const QSqlDatabase &connection, bool unchecked);
        ~ReferencesUnchecked();
        ReferencesUnchecked(const ReferencesUnchecked &) = delete;
        ReferencesUnchecked &operator=(const ReferencesUnchecked &) = delete;

    private:
        QSqlDatabase m_connection;
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

    void openConnection();
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    std::span<const Migration> m_migrations;
    int m_backupsToKeep;
    int m_transactionDepth = 0;
    bool m_checkpointsAfterLargeWrites = true; // false for a SecondConnection
    WalCheckpointer m_checkpointer;
};

} // namespace zhibiao
