#include "app/file/recentfilesmenu.h"

#include "app/file/recentfiles.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace zhibiao {

using namespace Qt::StringLiterals;

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"recentFilesMenu"_s);
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::refresh);
    retranslate();
    refresh();
}

void RecentFilesMenu::refresh()
{
    clear();
    const QStringList files = RecentFiles::list();
    QStringList missing;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString shown = QDir::toNativeSeparators(path);
        QAction *action = addAction(u"&%1 %2"_s.arg(i + 1).arg(shown));
        action->setObjectName(u"recentFileAction"_s);
        action->setData(path);
        if (!QFileInfo::exists(path)) {
            //: File → Open Recent: a file that is no longer there. %1 its path
            action->setText(tr("%1 (missing)").arg(shown));
            action->setEnabled(false);
            missing.append(path);
            continue;
        }
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (files.isEmpty())
        addAction(tr("No recent files"))->setEnabled(false);
    addSeparator();
    if (!missing.isEmpty()) {
        QAction *forgetMissing = addAction(tr("Remove missing files from the list"));
        forgetMissing->setObjectName(u"forgetMissingAction"_s);
        connect(forgetMissing, &QAction::triggered, this, [missing] {
            for (const QString &path : missing)
                RecentFiles::forget(path);
        });
    }
    QAction *clearList = addAction(tr("Clear list"));
    clearList->setObjectName(u"clearRecentFilesAction"_s);
    clearList->setEnabled(!files.isEmpty());
    connect(clearList, &QAction::triggered, this, [] { RecentFiles::clear(); });
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QMenu::changeEvent(event);
}

void RecentFilesMenu::retranslate()
{
    setTitle(tr("Open &Recent"));
}

} // namespace zhibiao
