#pragma once

#include "core/domain/comparisonunit.h"

#include <QAbstractTableModel>
#include <QList>

namespace zhibiao {

// The city's comparison units as the units editor lists them, in their
// order: both names and what the unit is (our district, the city as a
// whole). The names are editable in the view's sense; the editor writes
// them through undo steps and sets the units again.
class ComparisonUnitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameZhColumn, NameEnColumn, RoleColumn, ColumnCount };

    explicit ComparisonUnitTableModel(QObject *parent = nullptr);

    // No reset when only names or roles changed: the selection stays.
    void setUnits(const QList<ComparisonUnit> &units);
    const QList<ComparisonUnit> &units() const { return m_units; }
    // -1 when no unit has the code.
    int rowOf(const QString &code) const;
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<ComparisonUnit> m_units;
    bool m_editable = true;
};

} // namespace zhibiao
