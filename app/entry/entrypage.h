#pragma once

#include <QWidget>

class QLabel;
class QUndoStack;

namespace zhibiao {

class EntryGridModel;
class EntryGridView;
class FigureEditor;
class Workspace;

// The monthly entry screen: the year's figures as a keyboard-first grid.
// Every accepted value is stored at once, in its own transaction; there is
// no Save button to forget. Refusals are explained under the grid and at
// the cell.
class EntryPage : public QWidget
{
    Q_OBJECT

public:
    EntryPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setYear(int year);
    // Reads the indicators again (one was added, edited or retired).
    void reloadIndicators();
    EntryGridModel *model() const { return m_model; }
    EntryGridView *view() const { return m_view; }
    FigureEditor *editor() const { return m_editor; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applySpans();
    void showRefusal(const QStringList &reasons, const QModelIndex &index);
    void showHistory(const QModelIndex &index);
    std::optional<QString> confirmWarnings(const QStringList &warnings);
    // Both figures of every cell someone else changed first; true: store mine.
    bool storeMineOverTheirs(const QStringList &conflicts);

    Workspace &m_workspace;
    EntryGridModel *m_model;
    EntryGridView *m_view;
    FigureEditor *m_editor;
    QLabel *m_hint;
    QLabel *m_message;
};

} // namespace zhibiao
