#include "app/city/unitnamedelegate.h"

#include <QLineEdit>

namespace zhibiao {

UnitNameDelegate::UnitNameDelegate(Submit submit, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_submit(std::move(submit))
{
}

void UnitNameDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    if (const auto *line = qobject_cast<QLineEdit *>(editor))
        m_submit(index, line->text());
}

} // namespace zhibiao
