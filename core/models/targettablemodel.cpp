#include "core/models/targettablemodel.h"

#include "core/domain/language.h"

#include <algorithm>

namespace zhibiao {

TargetTableModel::TargetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TargetTableModel::setTargets(const QList<Target> &targets, const QList<Indicator> &indicators)
{
    beginResetModel();
    m_targets = targets;
    m_indicators = indicators;
    endResetModel();
}

int TargetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int TargetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_targets.size())
        return {};
    const Target &target = m_targets.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case OrdinalColumn:
            return target.ordinal;
        case TitleColumn:
            return target.title();
        case StatementColumn:
            return target.statement();
        case IndicatorsColumn:
            return indicatorNames(target);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == OrdinalColumn)
        return int(Qt::AlignCenter);
    return {};
}

Qt::ItemFlags TargetTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const bool text = index.column() == TitleColumn || index.column() == StatementColumn;
    // Editable in the view's sense; the targets editor writes the change.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (text ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QVariant TargetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrdinalColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Target");
    case StatementColumn:
        return tr("As set for the year");
    case IndicatorsColumn:
        return tr("Judged on");
    }
    return {};
}

QString TargetTableModel::indicatorNames(const Target &target) const
{
    QStringList names;
    for (const Criterion &criterion : target.criteria) {
        const auto found = std::ranges::find(m_indicators, criterion.indicatorCode, &Indicator::code);
        names.append(found != m_indicators.end() ? found->name() : criterion.indicatorCode);
    }
    //: Separates indicator names in a list (Chinese uses 、).
    return names.join(tr(", "));
}

} // namespace zhibiao
