#include "app/entry/entrygridview.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace zhibiao {

EntryGridView::EntryGridView(QWidget *parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                    | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setWordWrap(false);
    verticalHeader()->hide();
}

QModelIndex EntryGridView::topLeftOfSelection() const
{
    QModelIndex topLeft = currentIndex();
    for (const QModelIndex &index : selectedIndexes()) {
        if (!topLeft.isValid() || index.row() < topLeft.row()
            || (index.row() == topLeft.row() && index.column() < topLeft.column()))
            topLeft = index;
    }
    return topLeft;
}

void EntryGridView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste)) {
        Q_EMIT pasteRequested(topLeftOfSelection());
        return;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        if (state() != EditingState) {
            Q_EMIT clearRequested(selectedIndexes().isEmpty() ? QModelIndexList{currentIndex()} : selectedIndexes());
            return;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState) {
        // Enter on a cell that is not being edited moves down, as in a spreadsheet.
        setCurrentIndex(model()->index(qMin(currentIndex().row() + 1, model()->rowCount() - 1), currentIndex().column()));
        return;
    }
    QTableView::keyPressEvent(event);
}

void EntryGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    if (hint != QAbstractItemDelegate::SubmitModelCache) {
        QTableView::closeEditor(editor, hint);
        return;
    }
    // Enter stores the value (the delegate already submitted it) and moves down.
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    const QModelIndex below = model()->index(currentIndex().row() + 1, currentIndex().column());
    if (below.isValid())
        setCurrentIndex(below);
}

void EntryGridView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    // A cell that takes figures has a history, even in a read-only file.
    if (!index.isValid() || !(model()->flags(index) & Qt::ItemIsSelectable))
        return;
    QMenu menu(this);
    if (m_offersHistory)
        menu.addAction(tr("Revision &history…"), this, [this, index] { Q_EMIT historyRequested(index); });
    if (model()->flags(index) & Qt::ItemIsEditable) {
        menu.addAction(tr("&Paste"), QKeySequence::Paste, this, [this, index] { Q_EMIT pasteRequested(index); });
        menu.addAction(tr("&Clear"), QKeySequence::Delete, this, [this] { Q_EMIT clearRequested(selectedIndexes()); });
    }
    if (menu.isEmpty())
        return;
    menu.exec(event->globalPos());
}

} // namespace zhibiao
