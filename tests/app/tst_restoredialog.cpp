// File → Restore from backup as a user drives it: the list of backups, the
// confirmation, and what the database holds afterwards.
#include "app/backup/dailybackup.h"
#include "app/backup/restoredialog.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/backup/backupset.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <catch2/catch.hpp>

#include <functional>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const EntryKey retailMay{u"retail_sales"_s, 2022, 5};

void recordRetail(Workspace &workspace, double ytd)
{
    workspace.entries().record(Entry{retailMay, ytd, 34.41, std::nullopt, {}, {}, u"wangli"_s,
                                     QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)});
}

QTreeWidget *backupList(const RestoreDialog &dialog)
{
    auto *list = dialog.findChild<QTreeWidget *>(u"backupList"_s);
    REQUIRE(list);
    return list;
}

QPushButton *restoreButton(const RestoreDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(u"restoreButton"_s);
    REQUIRE(button);
    return button;
}

// A database whose retail sales were 38.62 at the last daily backup and
// 40.00 now.
struct Fixture
{
    test::TestFolder folder;
    QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace{path};
    Backup daily;

    Fixture()
    {
        recordRetail(workspace, 38.62);
        BackupSet backups(path, 10);
        daily = backups.take(workspace.database().connection(), BackupReason::Daily,
                             QDateTime(QDate(2022, 6, 15), QTime(12, 0), Qt::UTC));
        recordRetail(workspace, 40.00);
    }
};

} // namespace

TEST_CASE("The restore dialog lists the backups and restores one after confirmation", "[restore][dialog]")
{
    Fixture fixture;
    RestoreDialog dialog(fixture.workspace);
    QString asked;
    dialog.setConfirmation([&](QWidget *, const QString &question) {
        asked = question;
        return true;
    });

    QTreeWidget *list = backupList(dialog);
    REQUIRE(list->topLevelItemCount() == 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    const QDateTime local = fixture.daily.takenAt.toLocalTime();
    CHECK(item->text(0).contains(QString::number(local.date().year())));
    CHECK(item->text(1) == Backup::reasonLabel(BackupReason::Daily));
    CHECK_FALSE(item->text(2).isEmpty());
    CHECK(item->text(3) == u"Can be restored"_s);
    CHECK_FALSE(restoreButton(dialog)->isEnabled()); // nothing chosen yet

    list->setCurrentItem(item);
    REQUIRE(restoreButton(dialog)->isEnabled());
    restoreButton(dialog)->click();

    CHECK(asked.contains(u"lukou.sqlite"_s));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.workspace.entries().latest(retailMay)->ytdValue == 38.62);
    REQUIRE(dialog.undoBackup());
    CHECK(dialog.undoBackup()->reason == BackupReason::BeforeRestore);
}

TEST_CASE("Declining the confirmation restores nothing", "[restore][dialog]")
{
    Fixture fixture;
    RestoreDialog dialog(fixture.workspace);
    dialog.setConfirmation([](QWidget *, const QString &) { return false; });
    backupList(dialog)->setCurrentItem(backupList(dialog)->topLevelItem(0));
    restoreButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK_FALSE(dialog.undoBackup());
    CHECK(fixture.workspace.entries().latest(retailMay)->ytdValue == 40.00);
    CHECK(BackupSet(fixture.path).list().size() == 1);
}

TEST_CASE("The default confirmation is a message box that can be cancelled", "[restore][dialog]")
{
    Fixture fixture;
    RestoreDialog dialog(fixture.workspace);
    backupList(dialog)->setCurrentItem(backupList(dialog)->topLevelItem(0));
    bool sawBox = false;
    // The box is modal: answer it from the event loop it runs.
    std::function<void(int)> answer = [&](int triesLeft) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                QTimer::singleShot(20, [&answer, triesLeft] { answer(triesLeft - 1); });
            return;
        }
        sawBox = true;
        box->button(QMessageBox::Cancel)->click();
    };
    QTimer::singleShot(0, [&] { answer(100); });
    restoreButton(dialog)->click();
    CHECK(sawBox);
    CHECK(fixture.workspace.entries().latest(retailMay)->ytdValue == 40.00);
}

TEST_CASE("A damaged backup is listed but cannot be chosen", "[restore][dialog]")
{
    Fixture fixture;
    test::writeFile(fixture.daily.path, "not a database any more");
    RestoreDialog dialog(fixture.workspace);
    QTreeWidget *list = backupList(dialog);
    REQUIRE(list->topLevelItemCount() == 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    CHECK_FALSE(item->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(item->text(3) != u"Can be restored"_s);
    list->setCurrentItem(item);
    CHECK_FALSE(restoreButton(dialog)->isEnabled());
}

TEST_CASE("Without backups the dialog says when they are made", "[restore][dialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"new.sqlite"_s));
    RestoreDialog dialog(workspace);
    CHECK(backupList(dialog)->topLevelItemCount() == 0);
    CHECK_FALSE(restoreButton(dialog)->isEnabled());
    CHECK(dialog.findChild<QLabel *>(u"intro"_s)->text().contains(u"no backups"_s));
}

TEST_CASE("A restore succeeds while the window shows the database on every page", "[restore][dialog]")
{
    Fixture fixture;
    UiLanguage language;
    MainWindow window(fixture.workspace, language);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // Every page has read from the connection; none may keep a statement
    // open, or SQLite refuses to replace the content under it.
    auto *pages = window.findChild<QTabWidget *>(u"pages"_s);
    REQUIRE(pages);
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QCoreApplication::processEvents();
    }

    RestoreDialog dialog(fixture.workspace, &window);
    dialog.setConfirmation([](QWidget *, const QString &) { return true; });
    backupList(dialog)->setCurrentItem(backupList(dialog)->topLevelItem(0));
    restoreButton(dialog)->click();
    INFO(dialog.findChild<QLabel *>(u"message"_s)->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(fixture.workspace.entries().latest(retailMay)->ytdValue == 38.62);
    window.setYear(window.year()); // what the window does after a restore: read everything again
    QCoreApplication::processEvents();
}

TEST_CASE("The window's daily backup is taken once a day and a failure is only reported", "[backup][dialog]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"lukou.sqlite"_s);
    Workspace workspace(path);
    const QDateTime morning = QDateTime(QDate(2022, 6, 15), QTime(8, 0)).toUTC();
    CHECK(DailyBackup::takeIfDue(workspace, morning).isEmpty());
    CHECK(DailyBackup::takeIfDue(workspace, morning.addSecs(3600)).isEmpty());
    REQUIRE(BackupSet(path).list().size() == 1);
    CHECK(BackupSet(path).list().first().reason == BackupReason::Daily);

    test::TestFolder other;
    const QString blocked = other.path(u"blocked.sqlite"_s);
    Workspace blockedWorkspace(blocked);
    test::writeFile(BackupSet::folderFor(blocked), "in the way");
    const QString message = DailyBackup::takeIfDue(blockedWorkspace, morning);
    CHECK(message.contains(u"blocked.sqlite.backups"_s));
}
