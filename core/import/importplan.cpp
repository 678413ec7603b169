#include "importplan.h"

#include "entryrepository.h"
#include "importerror.h"
#include "period.h"

#include <QSet>

#include <algorithm>
#include <unordered_map>

namespace zhibiao {

namespace {

// Hash tables rather than ordered maps: a million-row file is planned in
// one pass over it.
struct KeyHash
{
    std::size_t operator()(const EntryKey &key) const
    {
        return qHash(key.indicatorCode) ^ (std::size_t(key.year) * 16 + std::size_t(key.month)) * 0x9E3779B97F4A7C15u;
    }
};

template<typename Value>
using KeyMap = std::unordered_map<EntryKey, Value, KeyHash>;

// The latest figures of every cell of the years the file touches.
KeyMap<Entry> existingCells(const FigureReading &reading, const EntryRepository &entries)
{
    QSet<int> years;
    for (const ImportedFigure &figure : reading.figures)
        years.insert(figure.key.year);
    KeyMap<Entry> cells;
    for (const int year : std::as_const(years)) {
        for (const Entry &entry : entries.forYear(year))
            cells.emplace(entry.key, entry);
    }
    return cells;
}

bool sameContent(const Entry &a, const Entry &b)
{
    return a.ytdValue == b.ytdValue && a.lastYearValue == b.lastYearValue && a.publishedGrowth == b.publishedGrowth
        && a.note == b.note;
}

} // namespace

ImportPlan ImportPlan::build(const FigureReading &reading, const EntryRepository &entries, const ImportStamp &stamp)
{
    ImportPlan plan;
    plan.m_rejected = reading.rejected;
    plan.m_skipped = reading.skipped;
    plan.m_rowsRead = reading.rowsRead;
    plan.m_unreadFrom = reading.unreadFrom;

    const KeyMap<Entry> existing = existingCells(reading, entries);
    // A cell given twice must be given the same way: which row is right is
    // for the person to say, so every row giving it is rejected.
    KeyMap<const ImportedFigure *> first;
    first.reserve(std::size_t(reading.figures.size()));
    plan.m_additions.reserve(reading.figures.size());
    KeyMap<QStringList> conflicts; // the rows giving a cell in different ways
    for (const ImportedFigure &figure : reading.figures) {
        const auto [it, inserted] = first.emplace(figure.key, &figure);
        if (!inserted && !figure.sameFiguresAs(*it->second))
            conflicts.emplace(figure.key, QStringList());
    }
    for (const ImportedFigure &figure : reading.figures) {
        if (const auto conflict = conflicts.find(figure.key); conflict != conflicts.end())
            conflict->second.append(QString::number(figure.row));
    }
    for (const ImportedFigure &figure : reading.figures) {
        if (const auto conflict = conflicts.find(figure.key); conflict != conflicts.end()) {
            //: %1 rows such as "5, 9", %2 indicator code, %3 period
            const QString reason = tr("Rows %1 give different figures for %2, %3.")
                                       .arg(conflict->second.join(u", "), figure.key.indicatorCode,
                                            Period::fromMonth(figure.key.month)->monthLabel());
            plan.m_rejected.append(RowIssue{figure.row, {}, reason});
            continue;
        }
        if (first.at(figure.key) != &figure)
            continue; // the same figures again

        Entry entry;
        entry.key = figure.key;
        const auto previous = existing.find(figure.key);
        if (previous != existing.end())
            entry = previous->second;
        // Blank in the file: keep what is stored.
        if (figure.ytdValue)
            entry.ytdValue = figure.ytdValue;
        if (figure.lastYearValue)
            entry.lastYearValue = figure.lastYearValue;
        if (figure.publishedGrowth)
            entry.publishedGrowth = figure.publishedGrowth;
        if (!figure.note.isEmpty())
            entry.note = figure.note;
        entry.source = stamp.source;
        entry.enteredBy = stamp.enteredBy;
        entry.enteredAt = stamp.enteredAt;

        if (previous == existing.end())
            plan.m_additions.append(PlannedEntry{entry, std::nullopt, figure.row});
        else if (sameContent(entry, previous->second))
            ++plan.m_unchanged;
        else
            plan.m_revisions.append(PlannedEntry{entry, previous->second, figure.row});
    }
    std::sort(plan.m_rejected.begin(), plan.m_rejected.end(),
              [](const RowIssue &a, const RowIssue &b) { return a.row < b.row; });
    return plan;
}

QList<Entry> ImportPlan::entriesToWrite() const
{
    // Both lists are in file order already: merge them.
    QList<Entry> entries;
    entries.reserve(m_additions.size() + m_revisions.size());
    auto addition = m_additions.cbegin();
    auto revision = m_revisions.cbegin();
    while (addition != m_additions.cend() || revision != m_revisions.cend()) {
        const bool takeAddition = revision == m_revisions.cend()
            || (addition != m_additions.cend() && addition->row <= revision->row);
        entries.append(takeAddition ? (addition++)->entry : (revision++)->entry);
    }
    return entries;
}

void ImportPlan::apply(EntryRepository &entries, RejectedRows policy) const
{
    if (policy == RejectedRows::Refuse && !m_rejected.isEmpty())
        throw ImportError(tr("Nothing was imported: %n row(s) were rejected.", nullptr, int(m_rejected.size())));
    entries.recordAll(entriesToWrite());
}

} // namespace zhibiao
