#pragma once

#include "core/progress/criterionseries.h"

#include <QAbstractTableModel>

#include <optional>

namespace zhibiao {

// The figures behind a progress chart as a table: a row per quarter (or
// month), a column per number the chart draws plus the amounts behind a
// completion, and the verdict. Read-only; the numbers are the
// CriterionSeries' (the engine's), formatted as the chart labels them.
class ProgressTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Raw value of a figure cell (double), or invalid when there is none.
    static constexpr int ValueRole = Qt::UserRole + 1;
    static constexpr int PeriodColumn = 0;

    explicit ProgressTableModel(QObject *parent = nullptr);

    void setSeries(const CriterionSeries &series);
    void clear();
    // The series role shown in column, or nullopt for the period and status columns.
    std::optional<SeriesRole> roleAt(int column) const;
    int statusColumn() const { return int(m_roles.size()) + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;

    std::optional<CriterionSeries> m_series;
    QList<SeriesRole> m_roles;
};

} // namespace zhibiao
