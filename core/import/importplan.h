#pragma once

#include "entry.h"
#include "figurereader.h"
#include "importprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

namespace zhibiao {

class EntryRepository;

// Who imports, from where and when: stamped on every revision written, and
// injected so that tests control the clock.
struct ImportStamp
{
    QString source;    // the file name
    QString enteredBy; // login name
    QDateTime enteredAt;
};

struct EntryKeyHash
{
    std::size_t operator()(const EntryKey &key) const;
};

// The latest figures of the cells a file touches, as the database holds
// them: what a plan is built against.
using ExistingCells = std::unordered_map<EntryKey, Entry, EntryKeyHash>;

// One cell the import would write: a new value, or a revision of the
// latest one (previous holds what the cell held).
struct PlannedEntry
{
    Entry entry;
    // Null for a new value. Shared rather than held: a plan of a million
    // new values would otherwise carry a million empty Entry slots.
    std::shared_ptr<const Entry> previous;
    int row = 0; // 1-based row of the file
};

// What an import would do, before anything is written: the new values,
// the revisions (old → new), the cells the file repeats unchanged, and
// the rows rejected or skipped with their reasons. Built against a
// snapshot of the database; applying it writes every value in one
// transaction. A figure the file leaves blank keeps its stored value: an
// import adds and corrects figures, it never erases them.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ImportPlan)

public:
    static ImportPlan build(const FigureReading &reading, const EntryRepository &entries, const ImportStamp &stamp);
    // The same in two halves, so that the long one can run on another
    // thread than the database connection's: existingCells() reads the
    // database (on the connection's thread), build() only computes.
    static ExistingCells existingCells(const FigureReading &reading, const EntryRepository &entries);
    // Throws ImportCancelled when progress is cancelled.
    static ImportPlan build(const FigureReading &reading, const ExistingCells &existing, const ImportStamp &stamp,
                            const ImportProgress &progress = ImportProgress::none());

    const QList<PlannedEntry> &additions() const { return m_additions; }
    const QList<PlannedEntry> &revisions() const { return m_revisions; }
    int unchangedCount() const { return m_unchanged; }
    const QList<RowIssue> &rejected() const { return m_rejected; }
    const QList<RowIssue> &skipped() const { return m_skipped; }
    int rowsRead() const { return m_rowsRead; }
    int unreadFrom() const { return m_unreadFrom; }

    // Every new value and revision, in file order.
    QList<Entry> entriesToWrite() const;
    // The same without copying them: they stay in the plan.
    QList<const Entry *> entriesInFileOrder() const;

    enum class RejectedRows { Refuse, Skip };
    // Writes entriesInFileOrder() with EntryRepository::recordAll: all or
    // nothing. With Refuse and any rejected row nothing is written and
    // ImportError is thrown. Throws StorageError when the database fails,
    // having written nothing.
    void apply(EntryRepository &entries, RejectedRows policy) const;

private:
    QList<PlannedEntry> m_additions;
    QList<PlannedEntry> m_revisions;
    int m_unchanged = 0;
    QList<RowIssue> m_rejected;
    QList<RowIssue> m_skipped;
    int m_rowsRead = 0;
    int m_unreadFrom = 0;
};

} // namespace zhibiao
