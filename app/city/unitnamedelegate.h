#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace zhibiao {

// Edits a comparison unit's name as text and hands it to the units editor
// instead of the model, so every rename is checked and one undo step.
class UnitNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using Submit = std::function<void(const QModelIndex &index, const QString &text)>;

    explicit UnitNameDelegate(Submit submit, QObject *parent = nullptr);
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Submit m_submit;
};

} // namespace zhibiao
