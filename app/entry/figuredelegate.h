#pragma once

#include <QStyledItemDelegate>

namespace zhibiao {

class FigureEditor;

// Edits a figure as plain text and hands it to FigureEditor instead of the
// model, so every edit is checked and undoable. Marks cells with a note or
// an earlier revision with a small corner triangle (and says so in the
// tooltip, for users who cannot see the mark).
class FigureDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    FigureDelegate(FigureEditor &editor, QObject *parent = nullptr);

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    FigureEditor &m_editor;
};

} // namespace zhibiao
