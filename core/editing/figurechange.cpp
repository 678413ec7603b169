#include "core/editing/figurechange.h"

#include "core/storage/entryrepository.h"

#include <map>

namespace zhibiao {

Author Author::current()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return Author{name, QDateTime::currentDateTimeUtc()};
}

void writeFigureChanges(EntryRepository &entries, const QList<FigureChange> &changes, ChangeDirection direction,
                        const Author &author)
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
        entry.enteredBy = author.name;
        entry.enteredAt = author.now;
    }
    QList<Entry> toRecord;
    for (auto &[key, entry] : revisions)
        toRecord.append(std::move(entry));
    entries.recordAll(toRecord);
}

} // namespace zhibiao
