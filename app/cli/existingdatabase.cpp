#include "app/cli/existingdatabase.h"

#include "app/backup/backupstokeep.h"
#include "app/cli/commandconsole.h"
#include "app/commandline.h"
#include "core/storage/storageerror.h"

#include <QFileInfo>

namespace zhibiao {

std::unique_ptr<Workspace> ExistingDatabase::open(const QString &database)
{
    using CommandConsole::print;
    try {
        const DatabaseLocation location = resolveDatabaseLocation(database);
        // A zero-length file would be taken for a new database and seeded.
        // (A server's database is never created here: Workspace refuses one
        // that `zhibiao server init` has not prepared.)
        const QFileInfo info(location.filePath());
        if (!location.isServer() && (!info.exists() || !info.isFile() || info.size() == 0)) {
            print(stderr, tr("There is no Zhibiao database at “%1”. Check the path given with --db; the window creates "
                             "a new database when it first opens one.")
                              .arg(resolveDatabasePath(database)));
            return nullptr;
        }
        return std::make_unique<Workspace>(location, bundledSeed, backupsToKeep());
    } catch (const StorageError &storageError) {
        print(stderr, storageError.message());
        return nullptr;
    }
}

} // namespace zhibiao
