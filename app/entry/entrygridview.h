#pragma once

#include <QTableView>

namespace zhibiao {

// The entry grid's keyboard behaviour, as in a spreadsheet: typing starts
// editing, Enter stores and moves down, Tab moves right, Ctrl+V pastes a
// block, Delete clears the selection. The view only asks; FigureEditor
// (PeerFigureEditor for the city's table) decides and stores.
class EntryGridView : public QTableView
{
    Q_OBJECT

public:
    explicit EntryGridView(QWidget *parent = nullptr);

    // Whether the context menu offers a cell's revision history (the
    // city's figures keep none).
    void setOffersHistory(bool offers) { m_offersHistory = offers; }

Q_SIGNALS:
    void pasteRequested(const QModelIndex &topLeft);
    void clearRequested(const QModelIndexList &indexes);
    void historyRequested(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QModelIndex topLeftOfSelection() const;

    bool m_offersHistory = true;
};

} // namespace zhibiao
