#include "dashboardview.h"

#include "workspace.h"

namespace zhibiao {

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_year(workspace.district().currentYear)
{
}

void DashboardView::setYear(int year)
{
    m_year = year;
}

} // namespace zhibiao
