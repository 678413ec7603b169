#pragma once

#include "core/backup/backup.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace zhibiao {

class Workspace;

// File → Restore from backup: lists the open database's backups (local
// date and time, why each was taken, size, whether it can be restored) and,
// after the user confirms, puts the chosen one back (BackupRestore in core,
// which first backs up the current state). The dialog closes with Accepted
// only after a restore; the window must then reload everything it shows:
//
//     RestoreDialog dialog(workspace, this);
//     if (dialog.exec() == QDialog::Accepted)
//         reloadEverything(); // the file's content was replaced
//
// A failed restore leaves the database unchanged and says why in the dialog.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks whether to go ahead; returns true to restore. The default shows a
    // QMessageBox; tests replace it.
    using Confirmation = std::function<bool(QWidget *parent, const QString &question)>;

    explicit RestoreDialog(Workspace &workspace, QWidget *parent = nullptr);

    void setConfirmation(Confirmation confirmation) { m_confirm = std::move(confirmation); }
    // The backup of the state before the restore, once one was made.
    const std::optional<Backup> &undoBackup() const { return m_undoBackup; }

private:
    void fillList();
    void updateButtons();
    void restoreSelected();

    Workspace &m_workspace;
    Confirmation m_confirm;
    QList<Backup> m_backups;
    std::optional<Backup> m_undoBackup;

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace zhibiao
