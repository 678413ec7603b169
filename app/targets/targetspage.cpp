#include "targetspage.h"

#include "targettablemodel.h"
#include "workspace.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

TargetsPage::TargetsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_year(workspace.district().currentYear)
    , m_model(new TargetTableModel(this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(u"targetView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    reload();
}

void TargetsPage::setYear(int year)
{
    m_year = year;
    reload();
}

void TargetsPage::reload()
{
    m_model->setTargets(m_workspace.targets().forYear(m_year), m_workspace.indicators().all());
    m_view->resizeColumnsToContents();
    m_view->resizeRowsToContents();
}

} // namespace zhibiao
