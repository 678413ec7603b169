#pragma once

#include "core/storage/migrations.h"

#include <span>

namespace zhibiao {

class Database;

// Brings database's schema up to the last of steps, running the steps it
// lacks in order, each in its own transaction with its new version (the
// engine keeps it: PRAGMA user_version, or the table zhibiao_schema). A
// file that holds a schema already is backed up beside itself first
// (BackupSet, keeping the newest backupsToKeep); when that fails nothing
// is changed. A step that rebuilds tables runs with reference checks off
// where the engine allows it and checks all of them before it commits.
// Throws StorageError; a failed step leaves the database at the version
// before it.
void migrateSchema(Database &database, std::span<const Migration> steps, int backupsToKeep);

} // namespace zhibiao
