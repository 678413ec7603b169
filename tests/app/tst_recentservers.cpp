// The servers File → Connect to server… offers again: URLs only, newest
// first, and never one with a password.
#include "app/recentservers.h"
#include "core/storage/storageerror.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("Recent servers are kept newest first, without duplicates and never with a password", "[server][settings]")
{
    test::TestFolder folder;
    const QString file = folder.path(u"zhibiao.conf"_s);
    QSettings settings(file, QSettings::IniFormat);
    RecentServers::remember(settings, u"postgresql://wangli@db.lukou/zhibiao"_s);
    RecentServers::remember(settings, u"postgresql://wangli@db.zhuzhou/zhibiao_lukou"_s);
    RecentServers::remember(settings, u"postgresql://wangli@db.lukou/zhibiao"_s);
    CHECK(RecentServers::list(settings)
          == QStringList{u"postgresql://wangli@db.lukou/zhibiao"_s, u"postgresql://wangli@db.zhuzhou/zhibiao_lukou"_s});

    CHECK_THROWS_AS(RecentServers::remember(settings, u"postgresql://wangli:s3cret@db.lukou/zhibiao"_s), StorageError);
    CHECK_THROWS_AS(RecentServers::remember(settings, u"postgresql://db.lukou/zhibiao?password=s3cret"_s), StorageError);
    // A file is not a server.
    RecentServers::remember(settings, u"/home/wangli/lukou.sqlite"_s);
    CHECK(RecentServers::list(settings).size() == 2);

    for (int i = 0; i < 20; ++i)
        RecentServers::remember(settings, u"postgresql://db%1/zhibiao"_s.arg(i));
    CHECK(RecentServers::list(settings).size() == RecentServers::Kept);
    CHECK(RecentServers::list(settings).first() == u"postgresql://db19/zhibiao"_s);

    settings.sync();
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK_FALSE(written.readAll().contains("s3cret"));
}
