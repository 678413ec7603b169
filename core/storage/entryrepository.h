#pragma once

#include "core/domain/entry.h"

#include <QList>
#include <QObject>

#include <functional>
#include <map>
#include <optional>

class QSqlDatabase;

namespace zhibiao {

class Database;

// The gateway to entered figures. Writes append a revision (nothing is ever
// updated in place or deleted) and announce the changed cells, so models,
// the dashboard and the engine's callers refresh from one signal.
class EntryRepository : public QObject
{
    Q_OBJECT

public:
    explicit EntryRepository(Database &database, QObject *parent = nullptr);

    // Appends one revision in its own transaction. When this returns, the
    // value is committed to the file.
    void record(const Entry &entry);
    // Appends many revisions in one transaction: all are stored, or none.
    // Every write is refused as a whole (StorageError::Locked, naming the
    // cells) when it touches an approved month.
    void recordAll(const QList<Entry> &entries);
    // The same for entries kept elsewhere, so that they need not be copied first.
    void recordAll(const QList<const Entry *> &entries);
    // Many cells' figures stored under one stamp (an import's file, login
    // and time) in one transaction: all are stored, or none.
    void recordAll(const QList<const CellFigures *> &figures, const EntryStamp &stamp);

    // The latest revision of the cell; nullopt when none was ever entered or
    // the latest revision cleared it.
    std::optional<Entry> latest(const EntryKey &key) const;
    // Every revision of the cell, oldest first.
    QList<Entry> history(const EntryKey &key) const;
    // The latest figures of every cell of the year, cleared cells left out.
    QList<Entry> forYear(int year) const;
    // How many revisions each cell of the year has (cells never entered left out).
    std::map<EntryKey, int> revisionCounts(int year) const;

    // The database written to: a caller that checks before it writes holds
    // its own Transaction around both.
    Database &database() { return m_database; }

    // Emits entriesChanged(years) for figures this process stored through
    // a connection of its own (a large write on another thread), so that
    // the window's readers refresh as after a write through this one.
    void announceChanges(const QList<int> &years);

Q_SIGNALS:
    // Figures of these years (ascending) were stored. Readers refresh a
    // year at a time; a million-row import announces a few years, not a
    // million cells.
    void entriesChanged(const QList<int> &years);

private:
    // Runs insert(connection) in one transaction and announces the years it
    // returns; refuseLocked first throws if the write touches an approved
    // month (StorageError::Locked, naming the cells).
    // cells: those the write touches, if few enough to lock one by one
    // (Transaction); empty for the whole database.
    void write(const QList<EntryKey> &cells, qsizetype count, const std::function<void()> &refuseLocked,
               const std::function<QList<int>(const QSqlDatabase &)> &insert);

    Database &m_database;
};

} // namespace zhibiao
