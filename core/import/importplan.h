#pragma once

#include "core/domain/entry.h"
#include "core/import/figurereader.h"
#include "core/import/importprogress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>

namespace zhibiao {

class EntryRepository;

struct EntryKeyHash
{
    std::size_t operator()(const EntryKey &key) const;
};

// The latest figures of the cells a file touches, as the database holds
// them: what a plan is built against.
using ExistingCells = std::unordered_map<EntryKey, Entry, EntryKeyHash>;

// A cell the import would revise: its figures after the import (blanks
// in the file keep the stored values) and the latest revision before it.
struct PlannedRevision
{
    const ImportedFigure *after = nullptr; // one of the plan's own figures
    Entry before;
};

// What an import would do, before anything is written: the new values,
// the revisions (old → new), the cells the file repeats unchanged, and
// the rows rejected or skipped with their reasons. Built against a
// snapshot of the database; applying it writes every value in one
// transaction. A figure the file leaves blank keeps its stored value: an
// import adds and corrects figures, it never erases them.
//
// The plan keeps the reading's figures (moved in, not copied) and points
// into them: a million new values cost a pointer each. Not copyable, so
// that those pointers stay its own; moving keeps them valid. Who applies
// it, and when, is not the plan's: the stamp is taken when it is applied.
class ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ImportPlan)

public:
    ImportPlan() = default;
    ImportPlan(ImportPlan &&) = default;
    ImportPlan &operator=(ImportPlan &&) = default;
    Q_DISABLE_COPY(ImportPlan)

    // The plan of reading against what entries holds (read on entries'
    // thread). Throws StorageError, and ImportCancelled when progress is
    // cancelled.
    static ImportPlan build(FigureReading reading, const EntryRepository &entries,
                            const ImportProgress &progress = ImportProgress::none());

    // New values, in file order.
    const QList<const ImportedFigure *> &additions() const { return m_additions; }
    // Revisions of stored values (old → new), in file order.
    const QList<PlannedRevision> &revisions() const { return m_revisions; }
    qsizetype writeCount() const { return m_additions.size() + m_revisions.size(); }
    int unchangedCount() const { return m_unchanged; }
    const QList<RowIssue> &rejected() const { return m_rejected; }
    const QList<RowIssue> &skipped() const { return m_skipped; }
    int rowsRead() const { return m_rowsRead; }
    int unreadFrom() const { return m_unreadFrom; }

    // Every new value and revision, in file order: what apply() writes.
    QList<const CellFigures *> figuresInFileOrder() const;
    // What the cells held before the import, in file order: the revised
    // cells' latest revisions (with their own source), and cleared entries
    // where a value is new. Writing these undoes the import.
    QList<Entry> entriesBefore() const;

    enum class RejectedRows { Refuse, Skip };
    // Writes figuresInFileOrder() under stamp (usually EntryStamp::now(the
    // file's name)) with EntryRepository::recordAll: all or nothing. With
    // Refuse and any rejected row nothing is written and ImportError is
    // thrown. Throws StorageError when the database fails, having written
    // nothing.
    void apply(EntryRepository &entries, RejectedRows policy, const EntryStamp &stamp) const;

private:
    // The latest figures of the cells of the years reading touches.
    static ExistingCells existingCells(const FigureReading &reading, const EntryRepository &entries);
    template<typename OnAddition, typename OnRevision>
    void forEachInFileOrder(OnAddition onAddition, OnRevision onRevision) const;

    QList<QList<ImportedFigure>> m_figureParts; // the reading's; revised ones hold their figures after the import
    QList<const ImportedFigure *> m_additions;
    QList<PlannedRevision> m_revisions;
    int m_unchanged = 0;
    QList<RowIssue> m_rejected;
    QList<RowIssue> m_skipped;
    int m_rowsRead = 0;
    int m_unreadFrom = 0;
};

} // namespace zhibiao
