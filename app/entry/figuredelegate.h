#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace zhibiao {

// Edits a figure as plain text and hands it to an editor (FigureEditor,
// PeerFigureEditor) instead of the model, so every edit is checked and
// undoable; a grid whose cells are not enabled shows them hatched. Marks cells with a note or
// an earlier revision with a small corner triangle (and says so in the
// tooltip, for users who cannot see the mark).
class FigureDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Called with the cell and the text typed when editing ends.
    using Submit = std::function<void(const QModelIndex &index, const QString &text)>;

    FigureDelegate(Submit submit, QObject *parent = nullptr);

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Submit m_submit;
};

} // namespace zhibiao
