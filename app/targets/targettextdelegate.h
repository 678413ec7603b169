#pragma once

#include <QStyledItemDelegate>

namespace zhibiao {

class TargetsEditor;

// Edits a target's title or statement as text and hands it to TargetsEditor.
class TargetTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TargetTextDelegate(TargetsEditor &editor, QObject *parent = nullptr);
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    TargetsEditor &m_editor;
};

} // namespace zhibiao
