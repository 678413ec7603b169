#pragma once

#include "core/domain/indicator.h"
#include "core/domain/target.h"

#include <QAbstractTableModel>
#include <QList>

namespace zhibiao {

// The criteria of one target, for the targets editor: the indicator judged,
// the kind of criterion, the figure, the reference series and the threshold
// of the yellow warning light (the default in grey where none is set).
// Edits are made by the editor's undoable commands, not through setData().
class CriterionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IndicatorColumn, KindColumn, FigureColumn, ReferenceColumn, ThresholdColumn, ColumnCount };
    enum Role {
        // The threshold column: what an empty cell means ("默认 1个百分点"),
        // for the editor's placeholder.
        DefaultThresholdRole = Qt::UserRole + 1,
    };

    explicit CriterionTableModel(QObject *parent = nullptr);

    void setCriteria(const QList<Criterion> &criteria, const QList<Indicator> &indicators);
    const QList<Indicator> &indicators() const { return m_indicators; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // EditRole gives the stored value: indicator code, kind code, figure,
    // threshold or nothing.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString indicatorName(const QString &code) const;
    Indicator indicatorOf(const Criterion &criterion) const;
    QVariant thresholdData(const Criterion &criterion, int role) const;

    QList<Criterion> m_criteria;
    QList<Indicator> m_indicators;
};

// The kind of a criterion in words, in the UI language.
QString criterionKindText(CriterionKind kind);
QList<CriterionKind> allCriterionKinds();

} // namespace zhibiao
