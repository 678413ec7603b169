#pragma once

#include <QStyledItemDelegate>

namespace zhibiao {

class TargetsEditor;

// Edits a criterion cell: a list of indicators or kinds to choose from, or
// the figure or the yellow-light threshold as text (its default as the
// placeholder). The choice goes to TargetsEditor, never to the model.
class CriterionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CriterionDelegate(TargetsEditor &editor, std::function<int()> currentTargetRow, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    TargetsEditor &m_editor;
    std::function<int()> m_currentTargetRow;
};

} // namespace zhibiao
