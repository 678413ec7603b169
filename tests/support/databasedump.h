#pragma once

#include <QString>
#include <QStringList>

namespace zhibiao::test {

// Every row of every table of a SQLite file as text, table by table, the
// rows of each sorted, read through a read-only connection that changes nothing:
// two files with equal dumps hold the same data.
QStringList databaseDump(const QString &path);

// One value from a read-only look at a file (a PRAGMA, a count).
QString readOnlyValue(const QString &path, const QString &sql);

} // namespace zhibiao::test
