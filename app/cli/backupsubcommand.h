#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// `zhibiao backup [--db FILE] [-o COPY | --list]`: copies the database
// without a display, with the same online backup as the window's backups
// (BackupFile in core): to COPY when given (replaced atomically), else into
// the database's backup folder, where the oldest beyond the kept number
// are removed. --list shows that folder's backups and whether each can be
// restored; it only reads, so it works on a database that no longer opens.
// Like the other commands it takes no daily backup of its own. A server's
// database (--db postgresql://…) is copied with -o only, from one snapshot
// into an ordinary Zhibiao file (BackupFile), which opens on any desk and
// can be uploaded again.
class BackupSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::BackupSubcommand)

public:
    // arguments start with "zhibiao backup"; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zhibiao
