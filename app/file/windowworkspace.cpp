#include "app/file/windowworkspace.h"

#include "app/backup/backupstokeep.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QMessageBox>
#include <QPushButton>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// Explains why a file in a network folder is not shared, and asks.
bool openForThisDeskAlone(const QString &explanation, QWidget *parent)
{
    QMessageBox ask(QMessageBox::Warning, WindowWorkspace::tr("Zhibiao"), explanation, QMessageBox::NoButton, parent);
    ask.setObjectName(u"networkFolderQuestion"_s);
    QPushButton *alone = ask.addButton(WindowWorkspace::tr("Open for this desk alone"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == alone;
}

} // namespace

std::unique_ptr<Workspace> WindowWorkspace::open(const DatabaseLocation &location, QWidget *parent)
{
    try {
        return std::make_unique<Workspace>(location, bundledSeed, backupsToKeep());
    } catch (const StorageError &error) {
        if (error.code() != StorageError::Code::NetworkFolder || !openForThisDeskAlone(error.message(), parent))
            throw;
    }
    return std::make_unique<Workspace>(location.forThisDeskAlone(), bundledSeed, backupsToKeep());
}

} // namespace zhibiao
