#pragma once

#include "core/domain/indicator.h"
#include "core/domain/target.h"

#include <QAbstractTableModel>
#include <QList>

namespace zhibiao {

// The criteria of one target, for the targets editor: the indicator judged,
// the kind of criterion, the figure and the reference series. Edits are
// made by the editor's undoable commands, not through setData().
class CriterionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, KindColumn, FigureColumn, ReferenceColumn, ColumnCount };

    explicit CriterionTableModel(QObject *parent = nullptr);

    void setCriteria(const QList<Criterion> &criteria, const QList<Indicator> &indicators);
    const QList<Indicator> &indicators() const { return m_indicators; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // EditRole gives the stored value: indicator code, kind code, figure or nothing.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString indicatorName(const QString &code) const;

    QList<Criterion> m_criteria;
    QList<Indicator> m_indicators;
};

// The kind of a criterion in words, in the UI language.
QString criterionKindText(CriterionKind kind);
QList<CriterionKind> allCriterionKinds();

} // namespace zhibiao
