#include "core/editing/figurechange.h"

#include "core/editing/figureconflict.h"
#include "core/storage/entryrepository.h"
#include "core/storage/transaction.h"

#include <map>

namespace zhibiao {

void writeFigureChanges(EntryRepository &entries, const QList<FigureChange> &changes, ChangeDirection direction,
                        const EntryStamp &stamp)
{
    // The check and the write in one transaction, which holds the cells'
    // locks from its start: no one can store a figure in them in between.
    QList<EntryKey> cells;
    for (const FigureChange &change : changes)
        cells.append(change.key);
    Transaction transaction(entries.database(), std::move(cells));
    // Several fields of one cell (a pasted row of YTD and growth) make one revision.
    std::map<EntryKey, Entry> revisions;
    std::map<EntryKey, std::optional<Entry>> stored;
    QList<FigureConflict> conflicts;
    for (const FigureChange &change : changes) {
        auto found = revisions.find(change.key);
        if (found == revisions.end()) {
            const std::optional<Entry> latest = entries.latest(change.key);
            stored.emplace(change.key, latest);
            found = revisions.emplace(change.key, latest.value_or(Entry{change.key, {}, {}, {}, {}, {}, {}, {}})).first;
        }
        // The cell must still hold what the change started from: the value
        // seen when it was typed, or for an undo the value it stored.
        const std::optional<Entry> &latest = stored.at(change.key);
        const std::optional<double> expected = direction == ChangeDirection::Apply ? change.before : change.after;
        const std::optional<double> wanted = direction == ChangeDirection::Apply ? change.after : change.before;
        const std::optional<double> now = latest ? fieldValue(*latest, change.field) : std::nullopt;
        if (now != expected) {
            conflicts.append(FigureConflict{change.key, change.field, expected, now,
                                            latest ? latest->enteredBy : QString(),
                                            latest ? latest->enteredAt : QDateTime(), wanted});
            continue;
        }
        Entry &entry = found->second;
        setFieldValue(entry, change.field, wanted);
        if (direction == ChangeDirection::Apply && !change.note.isEmpty())
            entry.note = change.note;
        if (!stamp.source.isEmpty())
            entry.source = stamp.source;
        entry.enteredBy = stamp.enteredBy;
        entry.enteredAt = stamp.enteredAt;
    }
    if (!conflicts.isEmpty())
        throw FigureConflictError(conflicts);
    QList<Entry> toRecord;
    for (auto &[key, entry] : revisions)
        toRecord.append(std::move(entry));
    entries.recordAll(toRecord);
    transaction.commit();
}

} // namespace zhibiao
