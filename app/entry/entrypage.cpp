#include "entrypage.h"

#include "workspace.h"

namespace zhibiao {

EntryPage::EntryPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_year(workspace.district().currentYear)
{
}

void EntryPage::setYear(int year)
{
    m_year = year;
}

} // namespace zhibiao
