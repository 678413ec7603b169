#pragma once

#include "core/storage/databaseengine.h"

#include <memory>

namespace zhibiao {

// A Zhibiao database on a PostgreSQL server (QPSQL over libpq), shared by
// the office: the schema's version in the table zhibiao_schema, the write
// lock an advisory lock taken at BEGIN, revisions stored with COPY on the
// same connection, and every commit announced by the schema's triggers
// with NOTIFY zhibiao_changes, its payload the committing backend's pid.
class PostgreSqlEngine final : public DatabaseEngine
{
public:
    explicit PostgreSqlEngine(const ServerAddress &address);
    ~PostgreSqlEngine() override;

    Engine kind() const override { return Engine::PostgreSql; }
    QString shownName() const override;
    QSqlDatabase open(const QString &connectionName, bool verify, int latestVersion) override;

    // What a login may do is its GRANTs': a refused write says so (AccessDenied).
    bool isReadOnly() const override { return false; }
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

    // The channel of the schema's NOTIFY.
    static constexpr const char *ChangesChannel = "zhibiao_changes";

    class OwnBackends;
    // For forSecondConnection() only (the key is private).
    struct SecondKey
    {
    };
    PostgreSqlEngine(SecondKey, const ServerAddress &address, std::shared_ptr<OwnBackends> ownBackends);

private:
    // Refuses a database that holds another program's tables or a newer schema.
    void verifySchema(const QSqlDatabase &connection, int latestVersion) const;

    ServerAddress m_address;
    // The server processes of this Database's connections (its own and
    // its second connections'): their commits are not another user's.
    std::shared_ptr<OwnBackends> m_ownBackends;
};

} // namespace zhibiao
