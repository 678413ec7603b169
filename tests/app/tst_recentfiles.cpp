// File → Open Recent and which database a start opens: the list newest
// first, ten at most, one entry per file, missing files shown as such; and
// the one rule of precedence (--db, ZHIBIAO_DB, the last file, the standard one).
#include "app/commandline.h"
#include "app/file/recentfiles.h"
#include "app/file/recentfilesmenu.h"
#include "app/recentservers.h"
#include "tests/support/testdatabase.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("Recent files are kept newest first, ten at most, each file once", "[recentfiles][settings]")
{
    test::TestFolder folder;
    QSettings settings(folder.path(u"zhibiao.conf"_s), QSettings::IniFormat);
    QDir().mkpath(folder.path(u"sub"_s));
    const QString a = folder.path(u"a.sqlite"_s);
    const QString b = folder.path(u"b.sqlite"_s);
    test::writeFile(a, {});
    test::writeFile(b, {});

    RecentFiles::remember(settings, a);
    RecentFiles::remember(settings, b);
    // The same file by another way of writing it.
    RecentFiles::remember(settings, folder.path(u"sub/../a.sqlite"_s));
    CHECK(RecentFiles::list(settings) == QStringList{QFileInfo(a).canonicalFilePath(), QFileInfo(b).canonicalFilePath()});
    CHECK(RecentFiles::lastOpened(settings) == QFileInfo(a).canonicalFilePath());

    for (int i = 0; i < 15; ++i)
        RecentFiles::remember(settings, folder.path(u"many-%1.sqlite"_s.arg(i)));
    CHECK(RecentFiles::list(settings).size() == RecentFiles::Kept);
    CHECK(RecentFiles::Kept == 10);
    CHECK(RecentFiles::list(settings).first() == folder.path(u"many-14.sqlite"_s));
    CHECK(RecentFiles::lastOpened(settings) == folder.path(u"many-14.sqlite"_s));

    RecentFiles::clear(settings);
    CHECK(RecentFiles::list(settings).isEmpty());
    CHECK(RecentFiles::lastOpened(settings) == folder.path(u"many-14.sqlite"_s)); // the next start still opens it
}

TEST_CASE("Recent files and recent servers keep their own lists", "[recentfiles][server][settings]")
{
    test::TestFolder folder;
    QSettings settings(folder.path(u"zhibiao.conf"_s), QSettings::IniFormat);
    RecentFiles::remember(settings, folder.path(u"a.sqlite"_s));
    RecentServers::remember(settings, u"postgresql://wangli@db.lukou/zhibiao"_s);
    CHECK(RecentFiles::list(settings) == QStringList{folder.path(u"a.sqlite"_s)});
    CHECK(RecentServers::list(settings) == QStringList{u"postgresql://wangli@db.lukou/zhibiao"_s});
}

TEST_CASE("Open Recent greys missing files and offers to take them off the list", "[recentfiles][mainwindow]")
{
    test::TestFolder folder;
    RecentFiles::clear();
    const QString kept = folder.path(u"kept.sqlite"_s);
    const QString gone = folder.path(u"gone.sqlite"_s);
    test::writeFile(kept, {});
    test::writeFile(gone, {});
    RecentFiles::remember(gone);
    RecentFiles::remember(kept);
    QFile::remove(gone);

    RecentFilesMenu menu;
    menu.refresh();
    QList<QAction *> files;
    for (QAction *action : menu.actions())
        if (action->objectName() == u"recentFileAction"_s)
            files.append(action);
    REQUIRE(files.size() == 2);
    CHECK(files.at(0)->data().toString() == QFileInfo(kept).canonicalFilePath());
    CHECK(files.at(0)->isEnabled());
    CHECK(files.at(1)->data().toString() == gone);
    CHECK_FALSE(files.at(1)->isEnabled());
    CHECK(files.at(1)->text().contains(QDir::toNativeSeparators(gone)));

    QStringList chosen;
    QObject::connect(&menu, &RecentFilesMenu::fileChosen, [&chosen](const QString &path) { chosen.append(path); });
    files.at(0)->trigger();
    CHECK(chosen == QStringList{QFileInfo(kept).canonicalFilePath()});

    auto *forgetMissing = menu.findChild<QAction *>(u"forgetMissingAction"_s);
    REQUIRE(forgetMissing);
    forgetMissing->trigger();
    CHECK(RecentFiles::list() == QStringList{QFileInfo(kept).canonicalFilePath()});
    menu.refresh();
    CHECK_FALSE(menu.findChild<QAction *>(u"forgetMissingAction"_s));

    auto *clearList = menu.findChild<QAction *>(u"clearRecentFilesAction"_s);
    REQUIRE(clearList);
    clearList->trigger();
    CHECK(RecentFiles::list().isEmpty());
}

TEST_CASE("A start opens --db, else ZHIBIAO_DB, else the last file if it is there, else the standard one",
          "[commandline][recentfiles]")
{
    using Source = DatabaseChoice::Source;
    struct Row
    {
        QString commandLine, environment, lastOpened;
        bool lastExists;
        Source source;
        QString database;
        bool lastMissing;
    };
    const QString standard = u"/home/wangli/.local/share/Zhibiao/zhibiao/zhibiao.sqlite"_s;
    const Row row = GENERATE_COPY(values<Row>({
        {u"/a/option.sqlite"_s, u"/a/env.sqlite"_s, u"/a/last.sqlite"_s, true, Source::CommandLine, u"/a/option.sqlite"_s, false},
        {u"postgresql://db.lukou/zhibiao"_s, {}, u"/a/last.sqlite"_s, true, Source::CommandLine, u"postgresql://db.lukou/zhibiao"_s, false},
        {{}, u"/a/env.sqlite"_s, u"/a/last.sqlite"_s, true, Source::Environment, u"/a/env.sqlite"_s, false},
        {{}, u"/a/env.sqlite"_s, u"/a/last.sqlite"_s, false, Source::Environment, u"/a/env.sqlite"_s, false},
        {{}, {}, u"/a/last.sqlite"_s, true, Source::LastOpened, u"/a/last.sqlite"_s, false},
        {{}, {}, u"/a/last.sqlite"_s, false, Source::Standard, standard, true},
        {{}, {}, {}, false, Source::Standard, standard, false},
    }));
    const DatabaseChoice choice = chooseDatabase({row.commandLine, row.environment, row.lastOpened, standard},
                                                 [&row](const QString &path) {
                                                     CHECK(path == row.lastOpened); // only the last file is looked for
                                                     return row.lastExists;
                                                 });
    CHECK(choice.source == row.source);
    CHECK(choice.database == row.database);
    CHECK(choice.lastOpenedMissing == row.lastMissing);
}
