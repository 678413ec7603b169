// A database file the user may only read, in the window and on the command
// line: it is shown and exported, every edit is greyed and refused, and the
// window says why. The file is made read-only with chmod 0444, which the
// suite's root user ignores when writing but Zhibiao does not (see
// tests/core/tst_readonly.cpp): it opens the file with SQLite's read-only
// flag, so a write that got past the greyed controls would fail as well.
#include "app/entry/entrygridview.h"
#include "app/entry/entrypage.h"
#include "app/entry/figureeditor.h"
#include "app/indicators/indicatorspage.h"
#include "app/mainwindow.h"
#include "app/targets/targetspage.h"
#include "app/uilanguage.h"
#include "core/backup/backupcheck.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <grp.h>
#include <unistd.h>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

const EntryKey retailMay{u"retail_sales"_s, 2022, 5};

// A seeded database with one figure, closed, then made read-only.
QString readOnlyDatabase(const test::TestFolder &folder)
{
    const QString path = folder.path(u"leadership copy.sqlite"_s);
    {
        Workspace workspace(path);
        workspace.entries().record(Entry{retailMay, 38.62, 34.41, 12.2, {}, u"区统计局月报"_s, u"wangli"_s,
                                         QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)});
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    return path;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(ZHIBIAO_TEST_DATA) + u"/import/"_s + name;
}

} // namespace

TEST_CASE("zhibiao export, export-pdf and backup work on a read-only file", "[cli][readonly]")
{
    test::TestFolder folder;
    const QString db = readOnlyDatabase(folder);
    const QByteArray before = test::fileBytes(db);

    const test::CliRun exported = test::runZhibiaoCli(
        {u"export"_s, u"--db"_s, db, u"--year"_s, u"2022"_s, u"-o"_s, folder.path(u"figures.csv"_s)});
    INFO(exported.out.toStdString() << exported.err.toStdString());
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo(folder.path(u"figures.csv"_s)).size() > 0);

    const test::CliRun pdf = test::runZhibiaoCli({u"export-pdf"_s, u"--db"_s, db, u"--year"_s, u"2022"_s,
                                                  u"--period"_s, u"5"_s, u"-o"_s, folder.path(u"summary.pdf"_s)});
    INFO(pdf.out.toStdString() << pdf.err.toStdString());
    CHECK(pdf.exitCode == 0);
    CHECK(test::fileBytes(folder.path(u"summary.pdf"_s)).startsWith("%PDF"));

    const test::CliRun backup =
        test::runZhibiaoCli({u"backup"_s, u"--db"_s, db, u"-o"_s, folder.path(u"copy.sqlite"_s)});
    INFO(backup.out.toStdString() << backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    CHECK(BackupCheck::of(folder.path(u"copy.sqlite"_s)).restorable);

    CHECK(test::fileBytes(db) == before);
}

TEST_CASE("zhibiao import refuses a read-only file, exits 1 and leaves it as it was", "[cli][readonly]")
{
    test::TestFolder folder;
    const QString db = readOnlyDatabase(folder);
    const QByteArray before = test::fileBytes(db);
    const QDateTime modified = QFileInfo(db).lastModified();

    const test::CliRun run = test::runZhibiaoCli({u"import"_s, u"--db"_s, db, dataFile(u"long-utf8.csv"_s)});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"Nothing was written"_s));
    CHECK(run.err.contains(u"read-only"_s));
    CHECK(run.err.contains(u"leadership copy.sqlite"_s));
    CHECK(test::fileBytes(db) == before);
    CHECK(QFileInfo(db).lastModified() == modified);

    // A dry run writes nothing, so it still shows what would be imported.
    const test::CliRun dry =
        test::runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--dry-run"_s, dataFile(u"long-utf8.csv"_s)});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"Dry run"_s));
    CHECK(test::fileBytes(db) == before);
}

TEST_CASE("A file another user may read but not write is read-only for them", "[cli][readonly]")
{
    // The cases above mark the file read-only; this one leaves its mode
    // alone (0644, its folder 0755 or 0777) and runs the program as a user
    // who may not write it, so that access() is what says so. Only root
    // can become that user.
    if (::geteuid() != 0) {
        WARN("SKIPPED: running the program as another user needs root");
        return;
    }
    // Reachable by that user: /tmp, not a private temporary folder.
    QTemporaryDir place(u"/tmp/zhibiao-readonly-XXXXXX"_s);
    REQUIRE(place.isValid());
    const QString out = place.filePath(u"out"_s);
    REQUIRE(QDir().mkdir(out));
    const QFile::Permissions everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                        | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                        | QFile::WriteOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(out, everyone));
    const QString folder = place.filePath(u"db"_s);
    REQUIRE(QDir().mkdir(folder));
    const QString db = folder + u"/lukou.sqlite"_s;
    { Workspace workspace(db); }
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    SECTION("in a folder they may not write either: no log can be made beside it")
    {
        REQUIRE(QFile::setPermissions(folder, everyone & ~(QFile::WriteGroup | QFile::WriteOther)));
    }
    SECTION("in a folder they may write")
    {
        REQUIRE(QFile::setPermissions(folder, everyone));
    }
    REQUIRE(QFile::setPermissions(place.path(), everyone & ~(QFile::WriteGroup | QFile::WriteOther)));
    const QByteArray before = test::fileBytes(db);
    // nobody, in the child between fork and exec (async-signal-safe calls).
    const auto asNobody = [] {
        constexpr uid_t nobody = 65534;
        if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0)
            ::_exit(99);
    };

    const test::CliRun exported = test::runZhibiaoCli(
        {u"export"_s, u"--db"_s, db, u"--year"_s, u"2022"_s, u"-o"_s, out + u"/figures.csv"_s}, u"en_US.UTF-8"_s,
        asNobody);
    INFO(exported.out.toStdString() << exported.err.toStdString());
    REQUIRE(exported.exitCode != 99); // the user was changed
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo(out + u"/figures.csv"_s).size() > 0);

    const test::CliRun imported = test::runZhibiaoCli({u"import"_s, u"--db"_s, db, dataFile(u"long-utf8.csv"_s)},
                                                      u"en_US.UTF-8"_s, asNobody);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 1);
    CHECK(imported.err.contains(u"read-only"_s));
    CHECK(test::fileBytes(db) == before);
}

TEST_CASE("The window on a read-only file says so, greys every edit and the grid refuses typing", "[readonly]")
{
    test::TestFolder folder;
    const QString path = readOnlyDatabase(folder);
    const QByteArray before = test::fileBytes(path);
    {
        Workspace workspace(path);
        REQUIRE(workspace.database().isReadOnly());
        UiLanguage language;
        language.choose(QString::fromLatin1(UiLanguage::English));
        MainWindow window(workspace, language);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));

        auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        REQUIRE(banner);
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(u"read-only"_s));
        CHECK(banner->text().contains(u"export"_s));
        for (const QString &name : {u"importAction"_s, u"restoreAction"_s, u"districtAction"_s}) {
            INFO(name.toStdString());
            auto *action = window.findChild<QAction *>(name);
            REQUIRE(action);
            CHECK_FALSE(action->isEnabled());
            CHECK(action->toolTip().contains(u"read-only"_s));
        }
        // Reading and copying stay.
        for (const QString &name : {u"exportFiguresAction"_s, u"exportReportAction"_s, u"saveCopyAction"_s})
            CHECK(window.findChild<QAction *>(name)->isEnabled());

        // The grid: a cell shows its figure and selects, but neither typing
        // nor F2 opens an editor, and a write asked for is refused in words.
        window.showPage(MainWindow::EntryScreen);
        auto *page = window.findChild<EntryPage *>();
        REQUIRE(page);
        const QModelIndex may = page->model()->indexOf(retailMay, EntryField::YtdValue);
        REQUIRE(may.isValid());
        CHECK(may.data().toString() == u"38.62"_s);
        CHECK_FALSE(may.flags() & Qt::ItemIsEditable);
        page->view()->setFocus();
        page->view()->setCurrentIndex(may);
        QTest::keyClicks(page->view(), u"4"_s);
        QTest::keyClick(page->view(), Qt::Key_F2);
        CHECK_FALSE(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        CHECK_FALSE(page->editor()->submitText(may, u"40"_s));
        auto *message = page->findChild<QLabel *>(u"entryMessage"_s);
        CHECK(message->text().contains(u"read-only"_s));
        QTest::keyClick(page->view(), Qt::Key_Delete);
        CHECK(may.data().toString() == u"38.62"_s);
        CHECK(window.undoStack()->count() == 0);
        CHECK_FALSE(window.findChild<QAction *>(u"undoAction"_s)->isEnabled());

        // The targets and indicators screens: every button greyed, saying why.
        window.showPage(MainWindow::TargetsScreen);
        window.showPage(MainWindow::IndicatorsScreen);
        for (QWidget *screen : {static_cast<QWidget *>(window.findChild<TargetsPage *>()),
                                static_cast<QWidget *>(window.findChild<IndicatorsPage *>())}) {
            REQUIRE(screen);
            const QList<QPushButton *> buttons = screen->findChildren<QPushButton *>();
            REQUIRE_FALSE(buttons.isEmpty());
            for (const QPushButton *button : buttons) {
                INFO(button->text().toStdString());
                CHECK_FALSE(button->isEnabled());
                CHECK(button->toolTip().contains(u"read-only"_s));
            }
        }
    }
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A writable file opened after a read-only one is editable again", "[readonly]")
{
    test::TestFolder folder;
    const QString readOnly = readOnlyDatabase(folder);
    const QString writable = folder.path(u"writable.sqlite"_s);
    { Workspace created(writable); }
    Workspace workspace(readOnly);
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::English));
    MainWindow window(workspace, language);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
    REQUIRE(banner->isVisible());

    REQUIRE(window.openDatabase(writable));
    CHECK_FALSE(window.workspace().database().isReadOnly());
    CHECK_FALSE(banner->isVisible());
    for (const QString &name : {u"importAction"_s, u"restoreAction"_s, u"districtAction"_s}) {
        INFO(name.toStdString());
        auto *action = window.findChild<QAction *>(name);
        CHECK(action->isEnabled());
        CHECK_FALSE(action->toolTip().contains(u"read-only"_s));
    }
    window.showPage(MainWindow::EntryScreen);
    auto *page = window.findChild<EntryPage *>();
    REQUIRE(page);
    CHECK(page->model()->indexOf(retailMay, EntryField::YtdValue).flags() & Qt::ItemIsEditable);
    CHECK(page->editor()->submitText(page->model()->indexOf(retailMay, EntryField::YtdValue), u"38.62"_s));
    CHECK(window.undoStack()->count() == 1);
}
