#pragma once

#include "core/storage/databaseengine.h"
#include "core/storage/sqlite/walcheckpointer.h"

namespace zhibiao {

// A Zhibiao database in one SQLite file (QSQLITE): WAL with FULL sync,
// the schema version in PRAGMA user_version, the write lock taken by
// BEGIN IMMEDIATE, revisions inserted through SQLite's C API, and commits
// of other connections noticed by polling PRAGMA data_version.
class SqliteEngine final : public DatabaseEngine
{
public:
    explicit SqliteEngine(const QString &path);

    Engine kind() const override { return Engine::Sqlite; }
    QString shownName() const override;
    QSqlDatabase open(const QString &connectionName, bool verify, int latestVersion) override;

    bool isConnected(const QSqlDatabase &connection) const override;
    std::function<bool()> answerCheck() const override;

    int schemaVersion(const QSqlDatabase &connection) const override;
    void recordSchemaVersion(const QSqlDatabase &connection, int version) const override;
    QString schemaStatement(const QString &portable) const override;

    void begin(const QSqlDatabase &connection) const override;
    void setReferenceChecks(const QSqlDatabase &connection, bool on) const override;
    void requireValidReferences(const QSqlDatabase &connection) const override;

    void beginLargeWrite(const QSqlDatabase &connection) override;
    void endLargeWrite(const QSqlDatabase &connection, bool finishInBackground) override;
    void finishInBackground() override;
    void waitForBackgroundWork() override;

    QList<int> insertRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries) override;
    QList<int> insertRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                               const EntryStamp &stamp) override;

    void beginSnapshot(const QSqlDatabase &connection) const override;
    void appendRows(const QSqlDatabase &connection, const QString &table, const QStringList &columns,
                    const std::function<bool(QVariantList &row)> &next) override;
    void continueIdsAfterCopy(const QSqlDatabase &connection, const QString &table) const override;

    std::optional<qint64> commitCounter(const QSqlDatabase &connection) const override;
    bool subscribeToCommits(const QSqlDatabase &connection, QObject *context,
                            std::function<void()> onCommitElsewhere) override;

    std::unique_ptr<DatabaseEngine> forSecondConnection() const override;

private:
    QString m_path;
    // Copies the log into the file after a large write (the first
    // connection's; a second connection leaves it to the first).
    WalCheckpointer m_checkpointer;
    bool m_checkpointsAfterLargeWrites = true;
};

} // namespace zhibiao
