#include "app/cli/existingdatabase.h"

#include "app/backup/backupstokeep.h"
#include "app/cli/commandconsole.h"
#include "app/commandline.h"
#include "core/storage/storageerror.h"

#include <QFileInfo>

namespace zhibiao {

std::unique_ptr<Workspace> ExistingDatabase::open(const QString &path)
{
    using CommandConsole::print;
    const QString resolved = resolveDatabasePath(path);
    const QFileInfo info(resolved);
    // A zero-length file would be taken for a new database and seeded.
    if (!info.exists() || !info.isFile() || info.size() == 0) {
        print(stderr, tr("There is no Zhibiao database at “%1”. Check the path given with --db; the window creates a "
                         "new database when it first opens one.")
                          .arg(resolved));
        return nullptr;
    }
    try {
        return std::make_unique<Workspace>(resolved, bundledSeed, backupsToKeep());
    } catch (const StorageError &storageError) {
        print(stderr, storageError.message());
        return nullptr;
    }
}

} // namespace zhibiao
