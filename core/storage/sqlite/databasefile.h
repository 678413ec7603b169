#pragma once

#include <QString>

namespace zhibiao {

// Checks, before anything opens it for writing, that path is a file Zhibiao
// may open: missing (a new database, in a folder that exists), empty, an
// empty SQLite file, or a Zhibiao database of a schema version up to
// latestVersion that passes SQLite's quick check. Throws StorageError saying
// why otherwise (foreign, newer, damaged, read-only, a folder). Every check
// reads only: a file that fails one is left byte for byte as it was.
void verifyDatabaseFile(const QString &path, int latestVersion);

} // namespace zhibiao
