#pragma once

#include "core/domain/indicator.h"
#include "core/domain/target.h"

#include <QAbstractTableModel>
#include <QList>

namespace zhibiao {

// A year's targets as a table for views: number, target as written, and
// the indicators it is judged on. Title and statement are editable in the
// view's sense, but written by the targets editor's undoable commands.
class TargetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrdinalColumn, TitleColumn, StatementColumn, IndicatorsColumn, ColumnCount };

    explicit TargetTableModel(QObject *parent = nullptr);

    void setTargets(const QList<Target> &targets, const QList<Indicator> &indicators);
    const Target &targetAt(int row) const { return m_targets.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString indicatorNames(const Target &target) const;

    QList<Target> m_targets;
    QList<Indicator> m_indicators;
};

} // namespace zhibiao
