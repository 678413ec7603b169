#pragma once

#include "core/storage/databaselocation.h"

#include <QString>
#include <QStringList>

namespace zhibiao::test {

// Every row of every table of a SQLite file as text, table by table, the
// rows of each sorted, read through a read-only connection that changes nothing:
// two files with equal dumps hold the same data.
QStringList databaseDump(const QString &path);

// One value from a read-only look at a file (a PRAGMA, a count).
QString readOnlyValue(const QString &path, const QString &sql);

// The same for a database of either engine: a file as above, or a
// database on a server (the suite's), read through a connection of its
// own whose transactions are read-only. On a server, the dump also names
// every table, view, index and sequence of the current schema, and
// compares with another server database's, not with a file's.
QStringList databaseDump(const DatabaseLocation &location);
QString readOnlyValue(const DatabaseLocation &location, const QString &sql);

} // namespace zhibiao::test
