#include "app/targets/criteriondelegate.h"

#include "app/targets/targetseditor.h"
#include "core/models/criteriontablemodel.h"

#include <QComboBox>
#include <QLineEdit>

namespace zhibiao {

CriterionDelegate::CriterionDelegate(TargetsEditor &editor, std::function<int()> currentTargetRow, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_editor(editor)
    , m_currentTargetRow(std::move(currentTargetRow))
{
}

QWidget *CriterionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const auto *model = qobject_cast<const CriterionTableModel *>(index.model());
    switch (index.column()) {
    case CriterionTableModel::IndicatorColumn:
    case CriterionTableModel::ReferenceColumn: {
        auto *combo = new QComboBox(parent);
        // The year's indicators, and the one chosen already even if it was
        // retired since.
        const QString chosen = index.data(Qt::EditRole).toString();
        for (const Indicator &indicator : model->indicators()) {
            if (indicator.trackedIn(m_editor.year()) || indicator.code == chosen)
                combo->addItem(indicator.name(), indicator.code);
        }
        return combo;
    }
    case CriterionTableModel::KindColumn: {
        auto *combo = new QComboBox(parent);
        for (const CriterionKind kind : allCriterionKinds())
            combo->addItem(criterionKindText(kind), toCode(kind));
        return combo;
    }
    case CriterionTableModel::ThresholdColumn: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        // Empty means the default: say which, in grey, while it is empty.
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setPlaceholderText(index.data(CriterionTableModel::DefaultThresholdRole).toString());
        return editor;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void CriterionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CriterionDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    QVariant value;
    if (const auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentData();
    else if (const auto *line = qobject_cast<QLineEdit *>(editor))
        value = line->text();
    if (value.isValid())
        m_editor.setCriterion(m_currentTargetRow(), index.row(), index.column(), value);
}

} // namespace zhibiao
