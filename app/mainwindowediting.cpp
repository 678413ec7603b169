// MainWindow, what the open database lets the user change: a read-only
// file greys every editing action and says why above the screens, and
// Edit → District settings… stores the district's names and year as one
// undo step. The screens grey their own controls (they ask the Database).
#include "app/mainwindow.h"

#include "app/dashboard/dashboardview.h"
#include "app/district/changedistrictcommand.h"
#include "app/district/districtdialog.h"
#include "app/file/readonlynotice.h"
#include "core/domain/usererror.h"
#include "core/storage/workspace.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace zhibiao {

void MainWindow::applyAccess()
{
    const Database &database = m_workspace->database();
    const bool readOnly = database.isReadOnly();
    m_readOnlyBanner->setText(ReadOnlyNotice::message());
    m_readOnlyBanner->setVisible(readOnly);
    ReadOnlyNotice::apply(m_importAction, readOnly);
    ReadOnlyNotice::apply(m_districtAction, readOnly);
    ReadOnlyNotice::apply(m_unitsAction, readOnly);
    // A server's backups are its administrator's (docs/server.md).
    ReadOnlyNotice::apply(m_restoreAction, readOnly);
    if (database.isServer())
        m_restoreAction->setEnabled(false);
    // Nothing is ever pushed on a read-only file, so the stack keeps Undo
    // and Redo greyed; they only say why.
    m_undoAction->setToolTip(readOnly ? ReadOnlyNotice::whyGreyed() : QString());
    m_redoAction->setToolTip(readOnly ? ReadOnlyNotice::whyGreyed() : QString());
}

void MainWindow::editDistrict()
{
    if (m_workspace->database().isReadOnly())
        return; // the action is greyed; a shortcut must not get round it
    DistrictDialog dialog(m_workspace->district(), this);
    if (dialog.exec() == QDialog::Accepted)
        changeDistrict(dialog.district());
}

bool MainWindow::changeDistrict(const District &district)
{
    const District before = m_workspace->district();
    if (district == before)
        return true;
    try {
        m_workspace->setDistrict(district);
    } catch (const UserError &error) {
        QMessageBox::warning(this, tr("District settings"), error.message());
        return false;
    }
    m_undoStack->push(new ChangeDistrictCommand(
        *m_workspace, before, district,
        [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(error, 15000);
            showDistrict();
        },
        //: Undo menu text
        tr("Change district settings")));
    showDistrict();
    return true;
}

void MainWindow::showDistrict()
{
    // The window title and the dashboard's heading name the district; the
    // PDF and the exports read it when they are made.
    retranslate();
    m_dashboard->reload();
}

} // namespace zhibiao
