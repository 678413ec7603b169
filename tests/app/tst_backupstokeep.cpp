// How many backups the app asks core to keep: the user's setting, read in
// the app (app/backup/backupstokeep.h), never in core.
#include "app/backup/backupstokeep.h"
#include "core/backup/backupset.h"
#include "tests/support/testdatabase.h"

#include <QSettings>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("The number of backups kept comes from the settings", "[backup]")
{
    test::TestFolder folder;
    QSettings settings(folder.path(u"zhibiao.conf"_s), QSettings::IniFormat);
    settings.setValue(u"backups/keep"_s, 4);
    CHECK(backupsToKeep(settings) == 4);
    settings.setValue(u"backups/keep"_s, u"none"_s);
    CHECK(backupsToKeep(settings) == BackupSet::DefaultKeep);
    settings.setValue(u"backups/keep"_s, 0);
    CHECK(backupsToKeep(settings) == BackupSet::DefaultKeep);
    settings.remove(u"backups/keep"_s);
    CHECK(backupsToKeep(settings) == BackupSet::DefaultKeep);
}
