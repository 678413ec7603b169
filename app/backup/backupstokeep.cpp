#include "app/backup/backupstokeep.h"

#include "core/backup/backupset.h"

#include <QSettings>

namespace zhibiao {

using namespace Qt::StringLiterals;

int backupsToKeep(const QSettings &settings)
{
    bool ok = false;
    const int keep = settings.value(u"backups/keep"_s).toInt(&ok);
    return ok && keep >= 1 ? keep : BackupSet::DefaultKeep;
}

int backupsToKeep()
{
    return backupsToKeep(QSettings());
}

} // namespace zhibiao
