#pragma once

#include "core/domain/entry.h"
#include "core/domain/entryfield.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

class EntryRepository;

// One cell edit of the entry grid, with what the cell held before, so the
// same change can be applied and taken back. Undo does not delete history:
// taking a change back writes a new revision with the old value.
struct FigureChange
{
    EntryKey key;
    EntryField field = EntryField::YtdValue;
    std::optional<double> before; // what the cell held when the user changed it
    std::optional<double> after;
    // A note to keep with the new value (e.g. why a jump is right); empty:
    // the entry keeps its note.
    QString note;

    friend bool operator==(const FigureChange &, const FigureChange &) = default;
};

enum class ChangeDirection { Apply, Revert };

// Writes the changes as new revisions of their cells, in one transaction:
// all are stored or none (throws StorageError). Each cell must still hold
// what its change started from (before; for a Revert, after): when another
// window or user stored something else there first, nothing is stored and
// FigureConflictError names every such cell with both figures. Who and when come from
// stamp (injected, so tests control the clock); the other figures of each
// entry (the other fields, the note, the source) are carried over from its
// latest revision, the source too unless stamp names one.
void writeFigureChanges(EntryRepository &entries, const QList<FigureChange> &changes, ChangeDirection direction,
                        const EntryStamp &stamp);

} // namespace zhibiao
