#pragma once

#include "entry.h"
#include "figurereader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

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

// One cell the import would write: a new value, or a revision of the
// latest one (previous holds what the cell held).
struct PlannedEntry
{
    Entry entry;
    std::optional<Entry> previous;
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

    const QList<PlannedEntry> &additions() const { return m_additions; }
    const QList<PlannedEntry> &revisions() const { return m_revisions; }
    int unchangedCount() const { return m_unchanged; }
    const QList<RowIssue> &rejected() const { return m_rejected; }
    const QList<RowIssue> &skipped() const { return m_skipped; }
    int rowsRead() const { return m_rowsRead; }
    int unreadFrom() const { return m_unreadFrom; }

    // Every new value and revision, in file order.
    QList<Entry> entriesToWrite() const;

    enum class RejectedRows { Refuse, Skip };
    // Writes entriesToWrite() with EntryRepository::recordAll: all or
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
