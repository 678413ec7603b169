#pragma once

#include "core/domain/entry.h"
#include "core/storage/databaselocation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace zhibiao {

// Everything that differs between SQLite and PostgreSQL, behind one
// interface: opening a connection, where the schema's version is kept,
// the few types and statements the schema spells differently, how a write
// takes the write lock, reference checks, the bulk insert of revisions and
// how commits by others are noticed. One implementation per engine, each
// in its own folder (sqlite/, postgresql/); Database holds one, and
// nothing above Database knows which it talks to.
class DatabaseEngine
{
public:
    virtual ~DatabaseEngine() = default;

    virtual Engine kind() const = 0;
    // The location this engine opens, for messages.
    virtual QString shownName() const = 0;

    // Opens a connection named connectionName. With verify, first checks,
    // reading only, that the place holds nothing yet or a Zhibiao database
    // of a schema up to latestVersion, and throws StorageError saying why
    // not (foreign, newer, damaged, unreachable) before anything writes.
    // The connection is left in Qt's list under connectionName even when
    // this throws; the caller removes it.
    virtual QSqlDatabase open(const QString &connectionName, bool verify, int latestVersion) = 0;

    // True when the database may only be read (a read-only file): known
    // once open has checked it, and kept by second connections.
    virtual bool isReadOnly() const = 0;

    // False once the connection is known to be gone (the server stopped,
    // the network dropped): a local look, no round trip.
    virtual bool isConnected(const QSqlDatabase &connection) const = 0;
    // Says whether the database's server answers now, without a login
    // (libpq's PQping); a file always does. The check owns what it needs:
    // it may run on any thread, and after this engine is gone.
    virtual std::function<bool()> answerCheck() const = 0;

    // The schema version the database is at; 0 for one that holds nothing.
    virtual int schemaVersion(const QSqlDatabase &connection) const = 0;
    // Records version within the migration step's transaction.
    virtual void recordSchemaVersion(const QSqlDatabase &connection, int version) const = 0;
    // A schema statement of migrations.cpp in this engine's spelling: the
    // placeholders {id} (an integer key the database assigns), {bigint}
    // and {real} become this engine's types.
    virtual QString schemaStatement(const QString &portable) const = 0;

    // Begins a transaction that holds the database's write lock from its
    // first statement on: two writers wait for each other instead of
    // deadlocking or interleaving revision ids.
    virtual void begin(const QSqlDatabase &connection) const = 0;
    // Begins a transaction that writes revisions of these cells only (at
    // most Transaction::MostCellsLocked, sorted, each once): writers of
    // other cells need not wait for it. An engine with one write lock
    // takes that (begin).
    virtual void beginCellWrite(const QSqlDatabase &connection, const QList<EntryKey> &cells) const = 0;

    // Switches reference checks off (false) and on again around a
    // migration that rebuilds tables, outside any transaction; and checks
    // every reference before such a step commits.
    virtual void setReferenceChecks(const QSqlDatabase &connection, bool on) const = 0;
    virtual void requireValidReferences(const QSqlDatabase &connection) const = 0;

    // Around a write of many revisions (Database::LargeWrite).
    virtual void beginLargeWrite(const QSqlDatabase &connection) = 0;
    virtual void endLargeWrite(const QSqlDatabase &connection, bool finishInBackground) = 0;
    virtual void finishInBackground() = 0;
    virtual void waitForBackgroundWork() = 0;

    // Appends revisions within the caller's transaction (see
    // revisioninsert.h for the rules both engines follow) and returns the
    // years they touch, ascending.
    virtual QList<int> insertRevisions(const QSqlDatabase &connection, const QList<const Entry *> &entries) = 0;
    virtual QList<int> insertRevisions(const QSqlDatabase &connection, const QList<const CellFigures *> &figures,
                                       const EntryStamp &stamp) = 0;

    // Begins a read-only transaction that sees one moment of the database
    // throughout, whatever others commit meanwhile (a whole-database copy).
    virtual void beginSnapshot(const QSqlDatabase &connection) const = 0;
    // Appends rows with the values given, ids included, to table within the
    // caller's transaction: next(row) fills the next row's values in the
    // order of columns and returns false after the last. Values are NULL,
    // integers, doubles or text. For copying a whole database.
    virtual void appendRows(const QSqlDatabase &connection, const QString &table, const QStringList &columns,
                            const std::function<bool(QVariantList &row)> &next) = 0;
    // After rows with explicit ids were appended to table, lets the ids the
    // database assigns itself go on after the highest one.
    virtual void continueIdsAfterCopy(const QSqlDatabase &connection, const QString &table) const = 0;

    // How another connection's commits are noticed. An engine with a
    // counter returns it here (SQLite's data_version, polled); one that
    // announces commits (PostgreSQL's NOTIFY) returns nullopt and calls
    // onCommitElsewhere instead, on the connection's thread, from the
    // event loop, after subscribeToCommits.
    virtual std::optional<qint64> commitCounter(const QSqlDatabase &connection) const = 0;
    // Returns false when this engine has no announcements.
    virtual bool subscribeToCommits(const QSqlDatabase &connection, QObject *context,
                                    std::function<void()> onCommitElsewhere) = 0;

    // The engine of a second connection to the same database
    // (Database::SecondConnection), made on this engine's thread and then
    // used on another: it neither checks nor migrates, leaves background
    // work after large writes to this one, and its commits count as this
    // process's own rather than as another user's.
    virtual std::unique_ptr<DatabaseEngine> forSecondConnection() const = 0;
};

// The engine for location.
std::unique_ptr<DatabaseEngine> makeDatabaseEngine(const DatabaseLocation &location);

} // namespace zhibiao
