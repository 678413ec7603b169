#pragma once

#include "core/domain/indicator.h"

#include <QAbstractTableModel>
#include <QList>

namespace zhibiao {

// The database's indicators as a table for the indicators screen: what
// each one is, its other names, and whether it is still tracked. Read
// only: the screen edits one at a time through its dialog and undo steps.
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameZhColumn,
        NameEnColumn,
        UnitColumn,
        FrequencyColumn,
        ReportingColumn,
        GrowthColumn,
        DirectionColumn,
        TrackingColumn,
        AliasesColumn, // last: the longest, it takes the room that is left
        ColumnCount
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setIndicators(const QList<Indicator> &indicators);
    const QList<Indicator> &indicators() const { return m_indicators; }
    const Indicator &indicatorAt(int row) const { return m_indicators.at(row); }
    // -1 when no indicator has the code.
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Indicator> m_indicators;
};

} // namespace zhibiao
