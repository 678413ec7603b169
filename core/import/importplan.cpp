#include "importplan.h"

#include "entryrepository.h"
#include "importerror.h"
#include "largememory.h"
#include "period.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace zhibiao {

namespace {

template<typename Value>
using KeyMap = std::unordered_map<EntryKey, Value, EntryKeyHash>;

// Progress is passed on every this many figures.
constexpr qsizetype ProgressInterval = 4096;

bool sameContent(const Entry &a, const Entry &b)
{
    return a.ytdValue == b.ytdValue && a.lastYearValue == b.lastYearValue && a.publishedGrowth == b.publishedGrowth
        && a.note == b.note;
}

// A number for each cell of a file: its indicator's place among the codes
// seen so far, its year and its month. Figures of one indicator come in
// runs and share their code's text (the indicator's own), so the code is
// hashed only when the run changes.
class CellNumbers
{
public:
    quint64 of(const EntryKey &key)
    {
        if (key.indicatorCode.constData() != m_lastCode) {
            m_lastCode = key.indicatorCode.constData();
            m_lastIndex = m_indexes.value(key.indicatorCode, -1);
            if (m_lastIndex < 0) {
                m_lastIndex = m_indexes.size();
                m_indexes.insert(key.indicatorCode, m_lastIndex);
            }
        }
        // 24 bits of indicator, 32 of year and 8 of month: no two cells share a number.
        return (quint64(m_lastIndex) << 40) | (quint64(quint32(key.year)) << 8) | quint64(quint8(key.month));
    }

private:
    QHash<QString, qsizetype> m_indexes;
    const QChar *m_lastCode = nullptr;
    qsizetype m_lastIndex = -1;
};

} // namespace

// Hash tables rather than ordered maps: a million-row file is planned in
// one pass over it.
std::size_t EntryKeyHash::operator()(const EntryKey &key) const
{
    return qHash(key);
}

ExistingCells ImportPlan::existingCells(const FigureReading &reading, const EntryRepository &entries)
{
    QSet<int> years;
    for (const ImportedFigure &figure : reading.figures)
        years.insert(figure.key.year);
    ExistingCells cells;
    for (const int year : std::as_const(years)) {
        for (Entry &entry : entries.forYear(year)) {
            EntryKey key = entry.key;
            cells.emplace(std::move(key), std::move(entry));
        }
    }
    return cells;
}

ImportPlan ImportPlan::build(const FigureReading &reading, const EntryRepository &entries, const ImportStamp &stamp)
{
    return build(reading, existingCells(reading, entries), stamp);
}

ImportPlan ImportPlan::build(const FigureReading &reading, const ExistingCells &existing, const ImportStamp &stamp,
                             const ImportProgress &progress)
{
    ImportPlan plan;
    plan.m_rejected = reading.rejected;
    plan.m_skipped = reading.skipped;
    plan.m_rowsRead = reading.rowsRead;
    plan.m_unreadFrom = reading.unreadFrom;

    const qsizetype total = reading.figures.size() * 2; // two passes below report progress
    // A cell given twice must be given the same way: which row is right is
    // for the person to say, so every row giving it is rejected. Cells are
    // told apart by a number (CellNumbers) rather than by their EntryKey:
    // hashing a million codes and copying them into a table was a third of
    // the plan's time.
    CellNumbers cellNumbers;
    QHash<quint64, const ImportedFigure *> first;
    first.reserve(reading.figures.size());
    reserveLarge(plan.m_additions, reading.figures.size());
    std::vector<bool> repeated(std::size_t(reading.figures.size())); // the same figures as an earlier row
    KeyMap<QStringList> conflicts; // the rows giving a cell in different ways
    for (qsizetype i = 0; i < reading.figures.size(); ++i) {
        if (i % ProgressInterval == 0)
            progress.advance(ImportProgress::Step::Planning, i, total);
        const ImportedFigure &figure = reading.figures.at(i);
        const ImportedFigure *&earlier = first[cellNumbers.of(figure.key)];
        repeated[std::size_t(i)] = earlier != nullptr;
        if (!earlier)
            earlier = &figure;
        else if (!figure.sameFiguresAs(*earlier))
            conflicts.emplace(figure.key, QStringList());
    }
    // Looking up a key costs; a file without conflicts (or a database
    // without these cells) need not pay for it a million times.
    if (!conflicts.empty()) {
        for (const ImportedFigure &figure : reading.figures) {
            if (const auto conflict = conflicts.find(figure.key); conflict != conflicts.end())
                conflict->second.append(QString::number(figure.row));
        }
    }
    for (qsizetype i = 0; i < reading.figures.size(); ++i) {
        if (i % ProgressInterval == 0)
            progress.advance(ImportProgress::Step::Planning, reading.figures.size() + i, total);
        const ImportedFigure &figure = reading.figures.at(i);
        if (const auto conflict = conflicts.empty() ? conflicts.end() : conflicts.find(figure.key);
            conflict != conflicts.end()) {
            //: %1 rows such as "5, 9", %2 indicator code, %3 period
            const QString reason = tr("Rows %1 give different figures for %2, %3.")
                                       .arg(conflict->second.join(u", "), figure.key.indicatorCode,
                                            Period::fromMonth(figure.key.month)->monthLabel());
            plan.m_rejected.append(RowIssue{figure.row, {}, reason});
            continue;
        }
        if (repeated[std::size_t(i)])
            continue; // the same figures again

        Entry entry;
        entry.key = figure.key;
        const auto previous = existing.empty() ? existing.end() : existing.find(figure.key);
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
            plan.m_additions.append(PlannedEntry{std::move(entry), nullptr, figure.row});
        else if (sameContent(entry, previous->second))
            ++plan.m_unchanged;
        else
            plan.m_revisions.append(
                PlannedEntry{std::move(entry), std::make_shared<const Entry>(previous->second), figure.row});
    }
    progress.advance(ImportProgress::Step::Planning, total, total);
    std::sort(plan.m_rejected.begin(), plan.m_rejected.end(),
              [](const RowIssue &a, const RowIssue &b) { return a.row < b.row; });
    return plan;
}

QList<Entry> ImportPlan::entriesToWrite() const
{
    QList<Entry> entries;
    const QList<const Entry *> inOrder = entriesInFileOrder();
    entries.reserve(inOrder.size());
    for (const Entry *entry : inOrder)
        entries.append(*entry);
    return entries;
}

QList<const Entry *> ImportPlan::entriesInFileOrder() const
{
    // Both lists are in file order already: merge them.
    QList<const Entry *> entries;
    reserveLarge(entries, m_additions.size() + m_revisions.size());
    auto addition = m_additions.cbegin();
    auto revision = m_revisions.cbegin();
    while (addition != m_additions.cend() || revision != m_revisions.cend()) {
        const bool takeAddition = revision == m_revisions.cend()
            || (addition != m_additions.cend() && addition->row <= revision->row);
        entries.append(takeAddition ? &(addition++)->entry : &(revision++)->entry);
    }
    return entries;
}

void ImportPlan::apply(EntryRepository &entries, RejectedRows policy) const
{
    if (policy == RejectedRows::Refuse && !m_rejected.isEmpty())
        throw ImportError(tr("Nothing was imported: %n row(s) were rejected.", nullptr, int(m_rejected.size())));
    entries.recordAll(entriesInFileOrder());
}

} // namespace zhibiao
