// MainWindow, the city's comparison table: its screen (typed in a grid,
// CityTablePage) and Edit → Comparison units… (ComparisonUnitsDialog).
// Whatever changes the city's figures or units, here or by an import,
// reloads the screen and the dashboard, whose ranks read them.
#include "app/mainwindow.h"

#include "app/city/citytablepage.h"
#include "app/city/comparisonunitsdialog.h"
#include "app/dashboard/dashboardview.h"
#include "app/deferredpage.h"
#include "core/storage/workspace.h"

#include <QAction>
#include <QStatusBar>

namespace zhibiao {

QWidget *MainWindow::makeCityPage(QWidget *parent)
{
    auto *page = new CityTablePage(*m_workspace, *m_undoStack, parent);
    if (m_year != m_workspace->district().currentYear)
        page->setYear(m_year);
    connect(page, &CityTablePage::cityFiguresChanged, m_dashboard, &DashboardView::reload);
    return page;
}

void MainWindow::reloadCity()
{
    if (m_cityScreen->isBuilt())
        static_cast<CityTablePage *>(m_cityScreen->content())->reload();
    m_dashboard->reload();
}

void MainWindow::editComparisonUnits()
{
    if (m_workspace->database().isReadOnly())
        return; // the action is greyed; a shortcut must not get round it
    ComparisonUnitsDialog dialog(
        *m_workspace, *m_undoStack,
        [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(error, 15000);
            reloadCity();
        },
        this);
    // Ctrl+Z and Ctrl+Shift+Z work in the dialog as in the window.
    dialog.addActions({m_undoAction, m_redoAction});
    dialog.exec();
}

} // namespace zhibiao
