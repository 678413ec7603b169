#pragma once

#include <QWidget>

class QUndoStack;

namespace zhibiao {

class Workspace;

// The monthly entry screen: the year's figures as a keyboard-first grid.
class EntryPage : public QWidget
{
    Q_OBJECT

public:
    EntryPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setYear(int year);

private:
    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    int m_year = 0;
};

} // namespace zhibiao
