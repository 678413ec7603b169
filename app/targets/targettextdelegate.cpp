#include "app/targets/targettextdelegate.h"

#include "app/targets/targetseditor.h"

#include <QLineEdit>

namespace zhibiao {

TargetTextDelegate::TargetTextDelegate(TargetsEditor &editor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_editor(editor)
{
}

void TargetTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    if (const auto *line = qobject_cast<QLineEdit *>(editor))
        m_editor.setTargetText(index.row(), index.column(), line->text());
}

} // namespace zhibiao
