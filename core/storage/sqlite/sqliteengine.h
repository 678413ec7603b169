#pragma once

#include "core/storage/databaseengine.h"
#include "core/storage/sqlite/databasefile.h"
#include "core/storage/sqlite/walcheckpointer.h"

namespace zhibiao {

// A Zhibiao database in one SQLite file (QSQLITE): WAL with FULL sync,
// the schema version in PRAGMA user_version, the write lock taken by
// BEGIN IMMEDIATE, revisions inserted through SQLite's C API, and commits
// of other connections noticed by polling PRAGMA data_version.
//
// A file on a network file system (NFS, SMB, sshfs …) is refused: WAL
// keeps its index in memory shared by the processes of one machine, so
// two desks writing one file there can lose figures or damage the file.
// The user may open it for this desk alone (ThisDeskAlone): a rollback
// journal, which needs no shared memory, and SQLite's file locks. Not
// EXCLUSIVE locking: the window's own second connections (import planning,
// a large write) must still read the file.
//
// A file its user may only read (its permissions, or its folder's) opens
// read-only (FileAccess): shown and exported, never migrated or written.
class SqliteEngine final : public DatabaseEngine
{
public:
    enum class Sharing { Shared, ThisDeskAlone };

    explicit SqliteEngine(const QString &path, Sharing sharing = Sharing::Shared);

    Engine kind() const override { return Engine::Sqlite; }
    QString shownName() const override;
    QSqlDatabase open(const QString &connectionName, bool verify, int latestVersion) override;

    bool isReadOnly() const override { return m_access.readOnly; }
    bool isConnected(const QSqlDatabase &connection) const override;
    std::function<bool()> answerCheck() const override;

    int schemaVersion(const QSqlDatabase &connection) const override;
    void recordSchemaVersion(const QSqlDatabase &connection, int version) const override;
    QString schemaStatement(const QString &portable) const override;

    void begin(const QSqlDatabase &connection) const override;
    void beginCellWrite(const QSqlDatabase &connection, const QList<EntryKey> &cells) const override;
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
    Sharing m_sharing;
    // Copies the log into the file after a large write (the first
    // connection's; a second connection leaves it to the first).
    WalCheckpointer m_checkpointer;
    bool m_checkpointsAfterLargeWrites = true;
    // How the check before opening found the file (read-only or not).
    FileAccess m_access;
};

} // namespace zhibiao
