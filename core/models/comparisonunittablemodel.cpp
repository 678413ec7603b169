#include "core/models/comparisonunittablemodel.h"

#include <algorithm>

namespace zhibiao {

ComparisonUnitTableModel::ComparisonUnitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonUnitTableModel::setUnits(const QList<ComparisonUnit> &units)
{
    const bool sameRows = std::ranges::equal(units, m_units, {}, &ComparisonUnit::code, &ComparisonUnit::code);
    if (!sameRows)
        beginResetModel();
    m_units = units;
    if (!sameRows)
        endResetModel();
    else if (!m_units.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ComparisonUnitTableModel::rowOf(const QString &code) const
{
    const auto found = std::ranges::find(m_units, code, &ComparisonUnit::code);
    return found == m_units.end() ? -1 : int(found - m_units.begin());
}

int ComparisonUnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int ComparisonUnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonUnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const ComparisonUnit &unit = m_units.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameZhColumn:
        return unit.nameZh;
    case NameEnColumn:
        return unit.nameEn;
    case RoleColumn:
        if (unit.kind == ComparisonUnit::Kind::City)
            return tr("The city as a whole");
        return unit.ownDistrict ? tr("Our district") : QString();
    }
    return {};
}

QVariant ComparisonUnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameZhColumn:
        return tr("Chinese name");
    case NameEnColumn:
        return tr("English name");
    case RoleColumn:
        return tr("Is");
    }
    return {};
}

Qt::ItemFlags ComparisonUnitTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return m_editable && index.column() != RoleColumn ? flags | Qt::ItemIsEditable : flags;
}

} // namespace zhibiao
