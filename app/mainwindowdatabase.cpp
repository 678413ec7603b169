// MainWindow, its File menu's database half: New…, Open…, Open Recent,
// Save a Copy As… and files dropped on the window. What each dialog asks
// and the file operations live in app/file/ and core; this is the wiring.
#include "app/mainwindow.h"

#include "app/file/droppedfile.h"
#include "app/file/filedialogs.h"
#include "app/file/newdatabasedialog.h"
#include "app/file/recentfiles.h"
#include "app/file/windowworkspace.h"
#include "app/import/importcontroller.h"
#include "core/backup/backupfile.h"
#include "core/storage/newdatabasefile.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

const QString databaseFilter = u"*.sqlite *.sqlite3 *.db *.zhibiao"_s;

bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

} // namespace

void MainWindow::setFileDialogs(std::unique_ptr<FileDialogs> fileDialogs)
{
    m_fileDialogs = std::move(fileDialogs);
}

bool MainWindow::canSwitchDatabase()
{
    if (!m_importer->isBusy())
        return true;
    QMessageBox::information(this, tr("Open database"),
                             tr("An import is being written. Open another database when it is done."));
    return false;
}

void MainWindow::newDatabase()
{
    if (!canSwitchDatabase())
        return;
    NewDatabaseDialog dialog(*m_fileDialogs, fileFolder(), m_workspace->database().path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberFileFolder(dialog.path());
    createDatabase(dialog.path(), dialog.seed());
}

bool MainWindow::createDatabase(const QString &path, const Seed &seed)
{
    if (isSameFile(path, m_workspace->database().path())) // the dialog refuses it too
        return false;
    try {
        NewDatabaseFile::create(path, seed);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("New database"), error.message());
        return false;
    }
    return openDatabase(path);
}

void MainWindow::chooseDatabase()
{
    if (!canSwitchDatabase())
        return;
    const QString path = m_fileDialogs->openFileName(
        this, tr("Open database"), fileFolder(),
        tr("Zhibiao databases (%1);;All files (*)").arg(databaseFilter));
    if (path.isEmpty())
        return;
    rememberFileFolder(path);
    openDatabase(path);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (!m_workspace->database().isServer() && isSameFile(path, m_workspace->database().path())) {
        statusBar()->showMessage(tr("%1 is open already.").arg(QDir::toNativeSeparators(path)), 10000);
        return true;
    }
    if (!canSwitchDatabase())
        return false;
    std::unique_ptr<Workspace> opened;
    try {
        opened = WindowWorkspace::open(DatabaseLocation::file(path), this);
    } catch (const StorageError &error) {
        // Nothing was written there, and this window stays as it was.
        QMessageBox::warning(this, tr("Open database"), error.message());
        return false;
    }
    replaceWorkspace(std::move(opened));
    //: Status bar after File → Open…: %1 the file
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::saveCopy()
{
    const Database &database = m_workspace->database();
    //: Suggested name of a copy: %1 the open database's name without its suffix
    const QString name = tr("%1 copy.sqlite").arg(QFileInfo(database.location().shortName()).completeBaseName());
    const QString path = m_fileDialogs->saveFileName(this, tr("Save a copy"), QDir(fileFolder()).filePath(name),
                                                     tr("Zhibiao databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    rememberFileFolder(path);
    saveCopyTo(path);
}

bool MainWindow::saveCopyTo(const QString &path)
{
    if (!m_workspace->database().isServer() && isSameFile(path, m_workspace->database().path())) {
        QMessageBox::warning(this, tr("Save a copy"),
                             tr("%1 is the database open in this window. Choose another name for the copy.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        BackupFile::write(m_workspace->database(), path);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Save a copy"), error.message());
        return false;
    }
    //: Status bar after File → Save a Copy As…: %1 the copy. The window stays on the database it had open.
    statusBar()->showMessage(tr("A copy was saved as %1; this window stays on its database.")
                                 .arg(QDir::toNativeSeparators(path)),
                             15000);
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedLocalFile(*event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedLocalFile(*event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop is over: what follows may ask questions, and the
    // program the file came from should not wait for them.
    QTimer::singleShot(0, this, [this, path] { openDroppedFile(path); });
}

void MainWindow::openDroppedFile(const QString &path)
{
    switch (droppedFileKind(path)) {
    case DroppedFileKind::Database:
        openDatabase(path);
        return;
    case DroppedFileKind::Figures:
        importFile(path);
        return;
    case DroppedFileKind::Unsupported:
        break;
    }
    QMessageBox::warning(this, tr("Zhibiao"),
                         tr("%1 is neither a Zhibiao database nor a spreadsheet of figures (.xlsx, .csv). Drop a "
                            "database to open it, or a spreadsheet to import its figures.")
                             .arg(QDir::toNativeSeparators(path)));
}

} // namespace zhibiao
