#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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
    explicit Database(const QString &path);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // The standard location of the user's database (QStandardPaths::AppDataLocation).
    static QString defaultPath();

private:
    friend class Transaction;

    void verifyExistingFile() const;
    void openConnection();
    void migrate();
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
};

} // namespace zhibiao
