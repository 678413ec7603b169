#pragma once

#include "core/storage/workspace.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace zhibiao {

// Opens the database a command-line action works on, refusing to create
// one: importing into or exporting from a file that is not there is a
// mistake in the path, and a fresh seeded database would hide it.
class ExistingDatabase
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ExistingDatabase)

public:
    // database as given with --db, a file or a server's URL (empty:
    // $ZHIBIAO_DB, else the standard location). When the file is missing or
    // empty, the server's database is not prepared, or either cannot be
    // opened, says why on stderr (in the UI language) and returns nullptr:
    // the command then ends with CommandConsole::Failure.
    static std::unique_ptr<Workspace> open(const QString &database);
};

} // namespace zhibiao
