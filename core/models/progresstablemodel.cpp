#include "core/models/progresstablemodel.h"

#include "core/progress/progressformat.h"

namespace zhibiao {

using namespace Qt::StringLiterals;

ProgressTableModel::ProgressTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProgressTableModel::setSeries(const CriterionSeries &series)
{
    beginResetModel();
    m_series = series;
    m_roles = series.tableRoles();
    endResetModel();
}

void ProgressTableModel::clear()
{
    beginResetModel();
    m_series.reset();
    m_roles.clear();
    endResetModel();
}

std::optional<SeriesRole> ProgressTableModel::roleAt(int column) const
{
    if (column <= PeriodColumn || column > m_roles.size())
        return std::nullopt;
    return m_roles.at(column - 1);
}

int ProgressTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_series ? 0 : int(m_series->size());
}

int ProgressTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_series ? 0 : statusColumn() + 1;
}

QVariant ProgressTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_series || !index.isValid() || index.row() >= m_series->size())
        return {};
    const std::optional<SeriesRole> seriesRole = roleAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case ValueRole:
        if (seriesRole) {
            if (const auto value = m_series->value(*seriesRole, index.row()))
                return *value;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(seriesRole ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == statusColumn()) {
            if (const auto &progress = m_series->point(index.row()).progress; progress && progress->projection)
                return projectionMethodText(progress->projection->method);
        }
        return {};
    default:
        return {};
    }
}

QVariant ProgressTableModel::display(int row, int column) const
{
    const CriterionSeries::Point &point = m_series->point(row);
    if (column == PeriodColumn)
        return m_series->periodLabel(row);
    if (column == statusColumn()) {
        if (point.period > m_series->asOf())
            return QString(); // not judged yet: the future is not "no data"
        return statusText(point.progress ? point.progress->status : Status::NoData);
    }
    const SeriesRole seriesRole = *roleAt(column);
    const std::optional<double> value = m_series->value(seriesRole, row);
    return value ? formatNumber(*value, m_series->unit(seriesRole)) : u"—"_s; // no figure
}

QVariant ProgressTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_series)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == PeriodColumn)
        return tr("Period");
    if (section == statusColumn())
        return tr("Status");
    const std::optional<SeriesRole> seriesRole = roleAt(section);
    if (!seriesRole)
        return {};
    const QString unit = m_series->unit(*seriesRole);
    //: Column header: a series name and its unit, e.g. "Completion (%)".
    return unit.isEmpty() ? m_series->name(*seriesRole) : tr("%1 (%2)").arg(m_series->name(*seriesRole), unit);
}

} // namespace zhibiao
