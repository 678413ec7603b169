#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// `zhibiao server init --db URL` and `zhibiao server upload --from FILE
// --db URL`: what the administrator of an office's PostgreSQL does once.
// init creates the schema in an empty database and seeds it with the 2022
// Lukou targets, as a new file is, or brings an older Zhibiao schema up to
// date with the same ordered migrations; it refuses a database that holds
// another program's tables. upload copies a desk's file, every revision
// and stamp, into a server database that holds no figures yet, all or
// nothing (DatabaseCopy).
class ServerSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ServerSubcommand)

public:
    // arguments start with "zhibiao server"; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zhibiao
