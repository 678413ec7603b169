#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// `zhibiao user add --db URL NAME --role clerk|reviewer|viewer|admin
// [--unit UNIT] [--password]`, `zhibiao user list --db URL`, `zhibiao user
// remove --db URL NAME`: the people of a server database, each their own
// PostgreSQL login (PeopleRepository). --password reads the new password
// from standard input, without echo at a terminal: never from the
// command line.
class UserSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::UserSubcommand)

public:
    // arguments start with "zhibiao user"; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zhibiao
