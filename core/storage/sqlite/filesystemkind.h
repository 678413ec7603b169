#pragma once

#include <QString>

namespace zhibiao {

// What kind of file system a database file lives on, from the mount table
// (/proc/self/mounts): an SQLite file in WAL mode must not be shared over
// a network file system, whose machines share no memory for the log's
// index and whose locks are unreliable.

// The type of the file system that holds path ("ext4", "nfs4", "cifs",
// "fuse.sshfs"), the mount with the longest mount point that contains it;
// empty when unknown. mountTable is the text of /proc/self/mounts.
QString fileSystemTypeOf(const QString &path, const QString &mountTable);
// The same from this process's own mount table.
QString fileSystemTypeOf(const QString &path);

// True for NFS, SMB/CIFS, sshfs and the other file systems of another machine.
bool isNetworkFileSystem(const QString &type);

} // namespace zhibiao
