#pragma once

#include "migrations.h"

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
    // beside it (BackupSet); if that fails, the file is not migrated.
    // steps replaces the schema's history in tests only.
    explicit Database(const QString &path, std::span<const Migration> steps = migrations());
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

private:
    friend class Transaction;

    void verifyExistingFile() const;
    void openConnection();
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    std::span<const Migration> m_migrations;
    int m_transactionDepth = 0;
};

} // namespace zhibiao
