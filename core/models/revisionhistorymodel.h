#pragma once

#include "core/domain/entry.h"
#include "core/domain/entryfield.h"

#include <QAbstractTableModel>
#include <QList>

namespace zhibiao {

// Every revision of one figure, newest first: the value of the field, who
// entered it, when, and the note. Read-only.
class RevisionHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ValueColumn, EnteredByColumn, EnteredAtColumn, NoteColumn, SourceColumn, ColumnCount };

    explicit RevisionHistoryModel(QObject *parent = nullptr);

    // history as EntryRepository::history gives it: oldest first.
    void setHistory(const QList<Entry> &history, EntryField field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_revisions; // newest first
    EntryField m_field = EntryField::YtdValue;
};

} // namespace zhibiao
