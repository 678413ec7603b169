#include "core/storage/databaseengine.h"

#include "core/storage/postgresql/postgresqlengine.h"
#include "core/storage/sqlite/sqliteengine.h"

namespace zhibiao {

std::unique_ptr<DatabaseEngine> makeDatabaseEngine(const DatabaseLocation &location)
{
    if (location.isServer())
        return std::make_unique<PostgreSqlEngine>(location.serverAddress());
    return std::make_unique<SqliteEngine>(location.filePath(), location.isForThisDeskAlone()
                                                                   ? SqliteEngine::Sharing::ThisDeskAlone
                                                                   : SqliteEngine::Sharing::Shared);
}

} // namespace zhibiao
