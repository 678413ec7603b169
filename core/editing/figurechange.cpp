#include "core/editing/figurechange.h"

#include "core/storage/entryrepository.h"

#include <map>

namespace zhibiao {

void writeFigureChanges(EntryRepository &entries, const QList<FigureChange> &changes, ChangeDirection direction,
                        const EntryStamp &stamp)
{
    // Several fields of one cell (a pasted row of YTD and growth) make one revision.
    std::map<EntryKey, Entry> revisions;
    for (const FigureChange &change : changes) {
        auto found = revisions.find(change.key);
        if (found == revisions.end()) {
            Entry base = entries.latest(change.key).value_or(Entry{change.key, {}, {}, {}, {}, {}, {}, {}});
            found = revisions.emplace(change.key, std::move(base)).first;
        }
        Entry &entry = found->second;
        setFieldValue(entry, change.field, direction == ChangeDirection::Apply ? change.after : change.before);
        if (direction == ChangeDirection::Apply && !change.note.isEmpty())
            entry.note = change.note;
        if (!stamp.source.isEmpty())
            entry.source = stamp.source;
        entry.enteredBy = stamp.enteredBy;
        entry.enteredAt = stamp.enteredAt;
    }
    QList<Entry> toRecord;
    for (auto &[key, entry] : revisions)
        toRecord.append(std::move(entry));
    entries.recordAll(toRecord);
}

} // namespace zhibiao
