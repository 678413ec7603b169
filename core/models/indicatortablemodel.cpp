#include "core/models/indicatortablemodel.h"

#include "core/domain/indicatortext.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorTableModel::setIndicators(const QList<Indicator> &indicators)
{
    beginResetModel();
    m_indicators = indicators;
    endResetModel();
}

int IndicatorTableModel::rowOf(const QString &code) const
{
    const auto found = std::ranges::find(m_indicators, code, &Indicator::code);
    return found == m_indicators.end() ? -1 : int(found - m_indicators.begin());
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_indicators.size())
        return {};
    const Indicator &indicator = m_indicators.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn:
            return indicator.code;
        case NameZhColumn:
            return indicator.nameZh;
        case NameEnColumn:
            return indicator.nameEn;
        case UnitColumn:
            return indicator.unit;
        case FrequencyColumn:
            return IndicatorText::frequency(indicator.frequency);
        case ReportingColumn:
            return IndicatorText::reporting(indicator.reporting);
        case GrowthColumn:
            // A level (a rate, a concentration) has no growth of its own.
            return indicator.reporting == Reporting::Level ? u"—"_s : IndicatorText::growth(indicator.realGrowth);
        case DirectionColumn:
            return IndicatorText::direction(indicator.lowerIsBetter);
        case AliasesColumn:
            //: Separates the aliases of an indicator in a table cell (Chinese uses 、).
            return indicator.aliases.join(tr("; "));
        case TrackingColumn:
            return IndicatorText::tracking(indicator);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == AliasesColumn && !indicator.aliases.isEmpty())
        return indicator.aliases.join(u'\n');
    // A retired indicator reads as such in every column, not by colour
    // alone: its status column says so in words.
    if (role == Qt::ForegroundRole && indicator.retiredFrom != 0)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameZhColumn:
        return tr("Chinese name");
    case NameEnColumn:
        return tr("English name");
    case UnitColumn:
        return tr("Unit");
    case FrequencyColumn:
        return tr("Published");
    case ReportingColumn:
        return tr("Reported as");
    case GrowthColumn:
        return tr("Growth");
    case DirectionColumn:
        return tr("Direction");
    case AliasesColumn:
        return tr("Other names");
    case TrackingColumn:
        return tr("Status");
    }
    return {};
}

} // namespace zhibiao
