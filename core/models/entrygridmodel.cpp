#include "core/models/entrygridmodel.h"

#include "core/domain/period.h"
#include "core/editing/numberparser.h"
#include "core/storage/approvalrepository.h"
#include "core/storage/entryrepository.h"

#include <QLocale>

#include <algorithm>

namespace zhibiao {

EntryGridModel::EntryGridModel(EntryRepository &entries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_entries(entries)
{
    connect(&m_entries, &EntryRepository::entriesChanged, this, &EntryGridModel::refresh);
}

void EntryGridModel::setIndicators(const QList<Indicator> &indicators)
{
    beginResetModel();
    m_indicators = indicators;
    buildRows();
    endResetModel();
}

void EntryGridModel::setYear(int year)
{
    beginResetModel();
    m_year = year;
    reload();
    buildRows();
    endResetModel();
}

void EntryGridModel::buildRows()
{
    m_rows.clear();
    for (const Indicator &indicator : std::as_const(m_indicators)) {
        const bool hasFigures = std::ranges::any_of(
            m_latest, [&](const auto &latest) { return latest.first.indicatorCode == indicator.code; });
        if (!indicator.trackedIn(m_year) && !hasFigures)
            continue;
        bool first = true;
        for (const EntryField field : fieldsFor(indicator)) {
            m_rows.append(Row{indicator, field, first});
            first = false;
        }
    }
}

void EntryGridModel::reload()
{
    m_latest.clear();
    m_revisionCounts.clear();
    for (const Entry &entry : m_entries.forYear(m_year))
        m_latest.insert_or_assign(entry.key, entry);
    m_revisionCounts = m_entries.revisionCounts(m_year);
    m_permissions = ApprovalRepository(m_entries.database()).entryPermissions({m_year});
}

void EntryGridModel::refresh(const QList<int> &years)
{
    if (years.contains(m_year))
        refreshAll();
}

void EntryGridModel::refreshAll()
{
    reload();
    if (rowCount() == 0)
        return;
    // Repainting the month columns is cheap and keeps the selection and
    // the current cell where the user left them.
    Q_EMIT dataChanged(index(0, FirstMonthColumn), index(rowCount() - 1, columnCount() - 1));
}

std::optional<EntryKey> EntryGridModel::keyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < FirstMonthColumn || index.row() >= m_rows.size())
        return std::nullopt;
    return EntryKey{m_rows.at(index.row()).indicator.code, m_year, monthOf(index)};
}

bool EntryGridModel::isEditable(const QModelIndex &index) const
{
    const auto key = keyAt(index);
    return key && m_rows.at(index.row()).indicator.acceptsPeriod(*Period::fromMonth(key->month));
}

std::optional<double> EntryGridModel::valueAt(const QModelIndex &index) const
{
    const auto key = keyAt(index);
    if (!key)
        return std::nullopt;
    const auto found = m_latest.find(*key);
    return found == m_latest.end() ? std::nullopt : fieldValue(found->second, m_rows.at(index.row()).field);
}

QModelIndex EntryGridModel::indexOf(const EntryKey &key, EntryField field) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).indicator.code == key.indicatorCode && m_rows.at(row).field == field)
            return index(row, FirstMonthColumn + key.month - 1);
    }
    return {};
}

QList<Entry> EntryGridModel::entries() const
{
    QList<Entry> all;
    for (const auto &[key, entry] : m_latest)
        all.append(entry);
    return all;
}

int EntryGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstMonthColumn + Period::LastMonth;
}

QVariant EntryGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (index.column() == IndicatorColumn)
        return role == Qt::DisplayRole && row.firstOfIndicator ? QVariant(row.indicator.name()) : QVariant();
    if (index.column() == FieldColumn)
        return role == Qt::DisplayRole ? QVariant(fieldLabel(row.indicator, row.field)) : QVariant();

    const EntryKey key = *keyAt(index);
    const auto found = m_latest.find(key);
    const Entry *entry = found == m_latest.end() ? nullptr : &found->second;
    const auto unstored = m_unstored.find({key, row.field});
    if (unstored != m_unstored.end()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return unstored->second.after ? QVariant(figureText(*unstored->second.after)) : QVariant();
        case Qt::ToolTipRole:
            return tr("Not stored: typed while the server could not be reached. It is stored when the connection "
                      "is back.");
        case UnstoredRole:
            return true;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const auto value = entry ? fieldValue(*entry, row.field) : std::nullopt;
        if (!value)
            return {};
        // Display as entered (no forced decimals); editing starts from the same text.
        return figureText(*value);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        // Typing into a locked cell is refused by the storage, which names
        // the cell; the tooltip says so before anyone tries.
        const QString lock = m_permissions.reasonFor(key);
        if (!entry)
            return lock.isEmpty() ? QVariant() : QVariant(lock);
        const QString stamp = tr("%1\nEntered by %2 on %3")
                                  .arg(entry->note, entry->enteredBy,
                                       QLocale().toString(entry->enteredAt.toLocalTime(), QLocale::ShortFormat));
        return QString(lock + u'\n' + stamp).trimmed();
    }
    case LockedRole:
        return m_permissions.refusalOf(key) != EntryRefusal::None;
    case HasNoteRole:
        return entry && !entry->note.isEmpty();
    case RevisionCountRole: {
        const auto count = m_revisionCounts.find(key);
        return count == m_revisionCounts.end() ? 0 : count->second;
    }
    }
    return {};
}

void EntryGridModel::keepUnstored(const FigureChange &change)
{
    const auto place = std::make_pair(change.key, change.field);
    // Typed twice while away: the cell still started from the first one's value.
    if (const auto known = m_unstored.find(place); known != m_unstored.end()) {
        known->second.after = change.after;
        known->second.note = change.note;
    } else {
        m_unstored.emplace(place, change);
    }
    const QModelIndex cell = indexOf(change.key, change.field);
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell);
}

void EntryGridModel::forgetUnstored(const EntryKey &key, EntryField field)
{
    if (m_unstored.erase({key, field}) == 0)
        return;
    const QModelIndex cell = indexOf(key, field);
    if (cell.isValid())
        Q_EMIT dataChanged(cell, cell);
}

QList<FigureChange> EntryGridModel::unstored() const
{
    QList<FigureChange> changes;
    for (const auto &[place, change] : m_unstored)
        changes.append(change);
    return changes;
}

QVariant EntryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == IndicatorColumn)
        return tr("Indicator");
    if (section == FieldColumn)
        return tr("Figure");
    return Period::fromMonth(section - FirstMonthColumn + 1)->monthLabel();
}

Qt::ItemFlags EntryGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() < FirstMonthColumn)
        return Qt::ItemIsEnabled;
    // Editable in the view's sense; the value itself is written by commands.
    if (!isEditable(index))
        return Qt::NoItemFlags;
    if (m_readOnly)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace zhibiao
