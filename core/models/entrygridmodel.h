#pragma once

#include "core/approval/entrypermissions.h"
#include "core/domain/entry.h"
#include "core/domain/entryfield.h"
#include "core/domain/indicator.h"
#include "core/editing/figurechange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <map>
#include <optional>
#include <set>

namespace zhibiao {

class EntryRepository;

// The year's figures as the entry grid shows them: one row per indicator
// and field (YTD, same period last year, published growth, as the
// indicator's reporting needs), one column per month. Read-only as a model:
// edits go through undoable commands that write to the EntryRepository,
// whose entriesChanged signal brings the new values back here.
class EntryGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, FieldColumn, FirstMonthColumn };
    enum Role {
        HasNoteRole = Qt::UserRole + 1, // bool: the cell's entry carries a note
        RevisionCountRole,              // int: revisions of the cell's entry
        UnstoredRole,                   // bool: the cell shows a figure typed but not stored
        LockedRole,                     // bool: the cell may not be written now (approved, another unit's …)
    };

    struct Row
    {
        Indicator indicator;
        EntryField field;
        bool firstOfIndicator;
    };

    EntryGridModel(EntryRepository &entries, QObject *parent = nullptr);

    // The year shows the indicators tracked in it (Indicator::trackedIn),
    // and a retired one that has figures in it.
    void setIndicators(const QList<Indicator> &indicators);
    const QList<Indicator> &indicators() const { return m_indicators; }
    void setYear(int year);
    int year() const { return m_year; }
    // Reads the year's figures again, when another window changed the file:
    // no reset, so the current cell and a value being typed stay.
    void refreshAll();

    // A database that may only be read: every cell shows and selects, none edits.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    const Row &row(int row) const { return m_rows.at(row); }
    // The cell behind an index; nullopt for the label columns.
    std::optional<EntryKey> keyAt(const QModelIndex &index) const;
    // The cell takes a figure (its indicator is published that month),
    // read-only or not.
    bool isEditable(const QModelIndex &index) const;
    std::optional<double> valueAt(const QModelIndex &index) const;
    QModelIndex indexOf(const EntryKey &key, EntryField field) const;
    // The latest figures of the year, as loaded (for validation).
    QList<Entry> entries() const;

    // Figures the user typed that could not be stored (the server was
    // away): the cell shows them, marked, until they are stored or given
    // up, through every reload. The change keeps what the cell held when
    // it was typed, so storing it later still checks for others' changes.
    void keepUnstored(const FigureChange &change);
    void forgetUnstored(const EntryKey &key, EntryField field);
    QList<FigureChange> unstored() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload();
    void buildRows();
    void refresh(const QList<int> &years);
    static int monthOf(const QModelIndex &index) { return index.column() - FirstMonthColumn + 1; }

    EntryRepository &m_entries;
    int m_year = 0;
    bool m_readOnly = false;
    QList<Indicator> m_indicators;
    QList<Row> m_rows;
    std::map<EntryKey, Entry> m_latest;
    std::map<EntryKey, int> m_revisionCounts;
    EntryPermissions m_permissions; // which cells of the year may be written now
    std::map<std::pair<EntryKey, EntryField>, FigureChange> m_unstored;
};

} // namespace zhibiao
