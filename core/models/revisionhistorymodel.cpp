#include "core/models/revisionhistorymodel.h"

#include <QLocale>

#include <algorithm>

namespace zhibiao {

RevisionHistoryModel::RevisionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RevisionHistoryModel::setHistory(const QList<Entry> &history, EntryField field)
{
    beginResetModel();
    m_revisions = history;
    std::reverse(m_revisions.begin(), m_revisions.end());
    m_field = field;
    endResetModel();
}

int RevisionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

int RevisionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_revisions.size() || role != Qt::DisplayRole)
        return {};
    const Entry &entry = m_revisions.at(index.row());
    switch (index.column()) {
    case ValueColumn: {
        const auto value = fieldValue(entry, m_field);
        return value ? QLocale().toString(*value, 'g', 15) : tr("(cleared)");
    }
    case EnteredByColumn:
        return entry.enteredBy;
    case EnteredAtColumn:
        return QLocale().toString(entry.enteredAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss");
    case NoteColumn:
        return entry.note;
    case SourceColumn:
        return entry.source;
    }
    return {};
}

QVariant RevisionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValueColumn:
        return tr("Value");
    case EnteredByColumn:
        return tr("Entered by");
    case EnteredAtColumn:
        return tr("When");
    case NoteColumn:
        return tr("Note");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace zhibiao
