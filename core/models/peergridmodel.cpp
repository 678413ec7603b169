#include "core/models/peergridmodel.h"

#include "core/domain/period.h"
#include "core/editing/numberparser.h"
#include "core/storage/comparisonrepository.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace zhibiao {

PeerGridModel::PeerGridModel(ComparisonRepository &comparison, QObject *parent)
    : QAbstractTableModel(parent)
    , m_comparison(comparison)
{
}

void PeerGridModel::setIndicators(const QList<Indicator> &indicators, const QStringList &growthJudged)
{
    m_indicators = indicators;
    m_growthJudged = growthJudged;
    reload();
}

void PeerGridModel::setPeriod(int year, int month)
{
    m_year = year;
    m_month = month;
    reload();
}

void PeerGridModel::setReadOnlyReason(const QString &reason)
{
    m_readOnlyReason = reason;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void PeerGridModel::reload()
{
    const QList<ComparisonUnit> units = m_comparison.units();
    const QList<PeerFigure> yearFigures = m_comparison.figures(m_year);
    QSet<QString> withFigures;
    QHash<QString, PeerFigure> figures;
    for (const PeerFigure &figure : yearFigures) {
        withFigures.insert(figure.indicatorCode);
        if (figure.month == m_month)
            figures.insert(key(figure.unitCode, figure.indicatorCode), figure);
    }
    QList<Indicator> columns;
    for (const Indicator &indicator : std::as_const(m_indicators)) {
        const bool judged = indicator.trackedIn(m_year) && m_growthJudged.contains(indicator.code);
        if (judged || withFigures.contains(indicator.code))
            columns.append(indicator);
    }
    const bool sameShape = units == m_units && columns == m_columns;
    if (!sameShape)
        beginResetModel();
    m_units = units;
    m_columns = columns;
    m_figures = figures;
    if (!sameShape)
        endResetModel();
    else if (rowCount() > 0) {
        // Names too: they follow the UI language.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

bool PeerGridModel::isEditable(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < FirstIndicatorColumn || index.row() >= m_units.size()
        || index.column() >= columnCount())
        return false;
    const std::optional<Period> period = Period::fromMonth(m_month);
    return period && m_columns.at(index.column() - FirstIndicatorColumn).acceptsPeriod(*period);
}

std::optional<PeerFigure> PeerGridModel::figureAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() < FirstIndicatorColumn || index.row() >= m_units.size()
        || index.column() >= columnCount())
        return std::nullopt;
    const QString &unit = m_units.at(index.row()).code;
    const QString &indicator = m_columns.at(index.column() - FirstIndicatorColumn).code;
    return m_figures.value(key(unit, indicator), PeerFigure{unit, indicator, m_year, m_month, {}, {}, {}});
}

QModelIndex PeerGridModel::indexOf(const QString &unitCode, const QString &indicatorCode) const
{
    const auto unit = std::ranges::find(m_units, unitCode, &ComparisonUnit::code);
    const auto indicator = std::ranges::find(m_columns, indicatorCode, &Indicator::code);
    if (unit == m_units.end() || indicator == m_columns.end())
        return {};
    return index(int(unit - m_units.begin()), FirstIndicatorColumn + int(indicator - m_columns.begin()));
}

QString PeerGridModel::cellName(const QModelIndex &index) const
{
    if (!figureAt(index))
        return {};
    //: A cell of the city's comparison table: unit · indicator · period
    return tr("%1 · %2 · %3")
        .arg(m_units.at(index.row()).name(), m_columns.at(index.column() - FirstIndicatorColumn).name(),
             Period::fromMonth(m_month)->monthLabel());
}

int PeerGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int PeerGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstIndicatorColumn + int(m_columns.size());
}

QVariant PeerGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size())
        return {};
    const ComparisonUnit &unit = m_units.at(index.row());
    if (role == Qt::FontRole && unit.ownDistrict) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == UnitColumn) {
        if (role == Qt::DisplayRole)
            return unit.name();
        if (role == Qt::ToolTipRole && unit.ownDistrict)
            return tr("Our district");
        if (role == Qt::ToolTipRole && unit.kind == ComparisonUnit::Kind::City)
            return tr("The city as a whole: the others' growth is measured against it");
        return {};
    }
    return figureData(index, role);
}

QVariant PeerGridModel::figureData(const QModelIndex &index, int role) const
{
    const std::optional<PeerFigure> figure = figureAt(index);
    if (!figure)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return figure->growth ? QVariant(figureText(*figure->growth)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!m_readOnlyReason.isEmpty())
            return m_readOnlyReason;
        if (!isEditable(index))
            return tr("Not published for %1").arg(Period::fromMonth(m_month)->monthLabel());
        // What an import stored beside the growth, and a typed growth keeps.
        QStringList lines;
        if (figure->amount)
            lines.append(tr("Amount: %1 %2").arg(figureText(*figure->amount),
                                                  m_columns.at(index.column() - FirstIndicatorColumn).unit));
        if (figure->publishedRank)
            lines.append(tr("Published rank: %1").arg(*figure->publishedRank));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    }
    return {};
}

QVariant PeerGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == UnitColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Unit")) : QVariant();
    const Indicator &indicator = m_columns.at(section - FirstIndicatorColumn);
    if (role == Qt::DisplayRole)
        //: Column header of the city's comparison table: an indicator's growth
        return tr("%1\ngrowth %").arg(indicator.name());
    if (role == Qt::ToolTipRole)
        return tr("Year-to-date growth over the same period last year, in %");
    return {};
}

Qt::ItemFlags PeerGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == UnitColumn)
        return Qt::ItemIsEnabled;
    // Editable in the view's sense; the growth itself is written by undo steps.
    if (!isEditable(index))
        return Qt::NoItemFlags;
    if (isReadOnly())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace zhibiao
