#include "core/import/importplan.h"

#include "core/domain/period.h"
#include "core/import/importerror.h"
#include "core/memory/largememory.h"
#include "core/storage/entryrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace zhibiao {

namespace {

template<typename Value>
using KeyMap = std::unordered_map<EntryKey, Value, EntryKeyHash>;

// Progress is passed on every this many figures.
constexpr qsizetype ProgressInterval = 4096;

// A number for each cell of a file: its year, its indicator's place among
// the codes seen so far, and its month. Figures of one indicator come in
// runs and share their code's text (the indicator's own), so the code is
// hashed only when the run changes. In this order (year first) the cells
// of the usual files — one year's indicators period by period, or many
// years one after the other — are numbered in ascending order already.
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
        // 32 bits of year, 24 of indicator and 8 of month: no two cells share a number.
        return (quint64(quint32(key.year)) << 32) | (quint64(m_lastIndex) << 8) | quint64(quint8(key.month));
    }

private:
    QHash<QString, qsizetype> m_indexes;
    const QChar *m_lastCode = nullptr;
    qsizetype m_lastIndex = -1;
};

// A figure's cell number and its place in the file: sorted, the figures
// of one cell are next to each other, in file order.
struct NumberedFigure
{
    quint64 cell;
    qsizetype index;

    friend bool operator<(const NumberedFigure &a, const NumberedFigure &b)
    {
        return std::tie(a.cell, a.index) < std::tie(b.cell, b.index);
    }
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
    for (const QList<ImportedFigure> &part : reading.figureParts) {
        for (const ImportedFigure &figure : part)
            years.insert(figure.key.year);
    }
    ExistingCells cells;
    for (const int year : std::as_const(years)) {
        for (Entry &entry : entries.forYear(year)) {
            EntryKey key = entry.key;
            cells.emplace(std::move(key), std::move(entry));
        }
    }
    return cells;
}

ImportPlan ImportPlan::build(FigureReading reading, const EntryRepository &entries, const ImportProgress &progress)
{
    const ExistingCells existing = existingCells(reading, entries);
    ImportPlan plan;
    plan.m_rejected = std::move(reading.rejected);
    plan.m_skipped = std::move(reading.skipped);
    plan.m_rowsRead = reading.rowsRead;
    plan.m_unreadFrom = reading.unreadFrom;
    plan.m_figureParts = std::move(reading.figureParts);
    // Every figure in file order. Written in place below (a revision's
    // figures after the import) and pointed into from here on: each part's
    // data() is taken once, so that no list is detached under the pointers.
    QList<ImportedFigure *> figures;
    qsizetype count = 0;
    for (const QList<ImportedFigure> &part : std::as_const(plan.m_figureParts))
        count += part.size();
    reserveLarge(figures, count);
    for (QList<ImportedFigure> &part : plan.m_figureParts) {
        ImportedFigure *const data = part.data();
        for (qsizetype i = 0; i < part.size(); ++i)
            figures.append(data + i);
    }

    const qsizetype total = count * 2; // two passes below report progress
    // A cell given twice must be given the same way: which row is right is
    // for the person to say, so every row giving it is rejected. Such cells
    // are found as neighbours after sorting the figures by cell number
    // (CellNumbers; usual files are in order already): hashing a million
    // EntryKeys, or even a million numbers, took several times longer.
    CellNumbers cellNumbers;
    QList<NumberedFigure> byCell;
    reserveLarge(byCell, count);
    for (qsizetype i = 0; i < count; ++i) {
        if (i % ProgressInterval == 0)
            progress.advance(ImportProgress::Step::Planning, i, total);
        byCell.append(NumberedFigure{cellNumbers.of(figures.at(i)->key), i});
    }
    if (!std::is_sorted(byCell.cbegin(), byCell.cend()))
        std::sort(byCell.begin(), byCell.end());
    reserveLarge(plan.m_additions, count);
    std::vector<bool> repeated(static_cast<std::size_t>(count)); // the same figures as an earlier row
    KeyMap<QStringList> conflicts; // the rows giving a cell in different ways
    qsizetype runStart = 0; // in byCell: the first row giving the current cell
    for (qsizetype i = 1; i < byCell.size(); ++i) {
        if (byCell.at(i).cell != byCell.at(runStart).cell) {
            runStart = i;
            continue;
        }
        const ImportedFigure &earlier = *figures.at(byCell.at(runStart).index);
        const ImportedFigure &figure = *figures.at(byCell.at(i).index);
        repeated[std::size_t(byCell.at(i).index)] = true;
        if (!figure.sameFiguresAs(earlier))
            conflicts.emplace(figure.key, QStringList());
    }
    // Looking up a key costs; a file without conflicts (or a database
    // without these cells) need not pay for it a million times.
    if (!conflicts.empty()) {
        for (qsizetype i = 0; i < count; ++i) {
            if (const auto conflict = conflicts.find(figures.at(i)->key); conflict != conflicts.end())
                conflict->second.append(QString::number(figures.at(i)->row));
        }
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (i % ProgressInterval == 0)
            progress.advance(ImportProgress::Step::Planning, count + i, total);
        ImportedFigure &figure = *figures.at(i);
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

        const auto previous = existing.empty() ? existing.end() : existing.find(figure.key);
        if (previous == existing.end()) {
            plan.m_additions.append(&figure);
            continue;
        }
        const Entry &before = previous->second;
        // Blank in the file: keep what is stored.
        if (!figure.ytdValue)
            figure.ytdValue = before.ytdValue;
        if (!figure.lastYearValue)
            figure.lastYearValue = before.lastYearValue;
        if (!figure.publishedGrowth)
            figure.publishedGrowth = before.publishedGrowth;
        if (figure.note.isEmpty())
            figure.note = before.note;
        if (figure.sameFiguresAs(before))
            ++plan.m_unchanged;
        else
            plan.m_revisions.append(PlannedRevision{&figure, before});
    }
    progress.advance(ImportProgress::Step::Planning, total, total);
    std::sort(plan.m_rejected.begin(), plan.m_rejected.end(),
              [](const RowIssue &a, const RowIssue &b) { return a.row < b.row; });
    return plan;
}

template<typename OnAddition, typename OnRevision>
void ImportPlan::forEachInFileOrder(OnAddition onAddition, OnRevision onRevision) const
{
    // Both lists are in file order already: merge them.
    auto addition = m_additions.cbegin();
    auto revision = m_revisions.cbegin();
    while (addition != m_additions.cend() || revision != m_revisions.cend()) {
        if (revision == m_revisions.cend()
            || (addition != m_additions.cend() && (*addition)->row <= revision->after->row))
            onAddition(**addition++);
        else
            onRevision(*revision++);
    }
}

QList<const CellFigures *> ImportPlan::figuresInFileOrder() const
{
    QList<const CellFigures *> figures;
    reserveLarge(figures, writeCount());
    forEachInFileOrder([&figures](const ImportedFigure &added) { figures.append(&added); },
                       [&figures](const PlannedRevision &revision) { figures.append(revision.after); });
    return figures;
}

QList<Entry> ImportPlan::entriesBefore() const
{
    QList<Entry> entries;
    reserveLarge(entries, writeCount());
    forEachInFileOrder(
        [&entries](const ImportedFigure &added) {
            Entry cleared;
            cleared.key = added.key;
            entries.append(std::move(cleared));
        },
        [&entries](const PlannedRevision &revision) { entries.append(revision.before); });
    return entries;
}

void ImportPlan::apply(EntryRepository &entries, RejectedRows policy, const EntryStamp &stamp) const
{
    if (policy == RejectedRows::Refuse && !m_rejected.isEmpty())
        throw ImportError(tr("Nothing was imported: %n row(s) were rejected.", nullptr, int(m_rejected.size())));
    entries.recordAll(figuresInFileOrder(), stamp);
}

} // namespace zhibiao
