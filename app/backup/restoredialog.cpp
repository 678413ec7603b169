#include "app/backup/restoredialog.h"

#include "app/backup/backupstokeep.h"
#include "core/backup/backupcheck.h"
#include "core/backup/backuprestore.h"
#include "core/backup/backupset.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

enum Column { TakenColumn, ReasonColumn, SizeColumn, StateColumn, ColumnCount };

bool askInMessageBox(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Warning, RestoreDialog::tr("Restore from backup"), question, QMessageBox::Cancel,
                    parent);
    QPushButton *restore = box.addButton(RestoreDialog::tr("Restore"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == restore;
}

} // namespace

RestoreDialog::RestoreDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_confirm(askInMessageBox)
{
    setWindowTitle(tr("Restore from backup"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(u"intro"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size"), tr("State")});
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(u"restoreButton"_s);
    connect(m_restoreButton, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    fillList();
    resize(720, 400);
}

void RestoreDialog::fillList()
{
    const BackupSet backups(m_workspace.database().path(), backupsToKeep());
    m_backups = backups.list();
    m_intro->setText(
        m_backups.isEmpty()
            ? tr("There are no backups of %1 yet. Zhibiao backs it up the first time it opens it each day and "
                 "before updating its data format, into %2.")
                  .arg(QDir::toNativeSeparators(m_workspace.database().path()),
                       QDir::toNativeSeparators(backups.folder()))
            //: %1 database file, %2 backup folder, %3 how many backups are kept
            : tr("Backups of %1, kept in %2 (the newest %3). Restoring one replaces all figures and targets with "
                 "the backup's; the current state is backed up first.")
                  .arg(QDir::toNativeSeparators(m_workspace.database().path()),
                       QDir::toNativeSeparators(backups.folder()))
                  .arg(backups.keep()));

    m_list->clear();
    const QLocale locale;
    for (const Backup &backup : std::as_const(m_backups)) {
        // Checked before it is offered: a damaged copy is listed but cannot
        // be chosen.
        const BackupCheck check = BackupCheck::of(backup.path);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TakenColumn, locale.toString(backup.takenAt.toLocalTime(), QLocale::LongFormat));
        item->setText(ReasonColumn, Backup::reasonLabel(backup.reason));
        item->setText(SizeColumn, locale.formattedDataSize(backup.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(StateColumn, check.restorable ? tr("Can be restored") : check.problem);
        item->setToolTip(StateColumn, item->text(StateColumn)); // a long reason does not fit the column
        item->setToolTip(TakenColumn, QDir::toNativeSeparators(backup.path));
        if (!check.restorable)
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
    }
    for (int column = 0; column < StateColumn; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    m_restoreButton->setEnabled(!m_list->selectedItems().isEmpty());
}

void RestoreDialog::restoreSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = m_list->indexOfTopLevelItem(selected.first());
    if (row < 0 || row >= m_backups.size())
        return;
    const Backup backup = m_backups.at(row);
    const QString when = QLocale().toString(backup.takenAt.toLocalTime(), QLocale::LongFormat);
    //: %1 date and time of the backup, %2 database file
    const QString question = tr("Replace all figures and targets in %2 with the backup of %1?\n\nThe current state "
                                "is backed up first, so you can go back to it by restoring that backup.")
                                 .arg(when, QDir::toNativeSeparators(m_workspace.database().path()));
    if (!m_confirm(this, question))
        return;

    try {
        BackupSet backups(m_workspace.database().path(), backupsToKeep());
        m_undoBackup = BackupRestore::restore(m_workspace, backups, backup);
    } catch (const StorageError &error) {
        m_message->setText(error.message());
        m_message->show();
        fillList(); // a backup of the current state may have been added
        return;
    }
    accept();
}

} // namespace zhibiao
