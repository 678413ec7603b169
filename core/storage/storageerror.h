#pragma once

#include "core/domain/usererror.h"

namespace zhibiao {

// Why a database could not be opened, read or written. The message is
// already in the UI language and names the file, so it can be shown as is.
class StorageError : public UserError
{
public:
    enum class Code {
        MissingFolder,   // the folder for a new database does not exist
        CannotOpen,      // permissions, locks, I/O
        ReadOnly,        // the file cannot be written
        NotADatabase,    // the file is not an SQLite database at all
        ForeignDatabase, // an SQLite database of another program
        NewerVersion,    // written by a newer Zhibiao
        Corrupt,         // damaged or truncated
        QueryFailed,     // a statement failed on an otherwise good file
        BadSeed,         // the seed data is malformed (a build defect)
        BackupFailed,    // a backup could not be written or restored
        Busy,            // another connection kept the file locked past the busy timeout
        DiskFull,        // a write found no room: a full disk, a quota or a file size limit
        NetworkFolder,   // an SQLite file on a network file system, not opened for this desk alone
        BadLocation,     // --db names no database: a malformed server URL, one with a password
        NotInitialized,  // a server database without a Zhibiao schema, or with an older one
        ConnectionLost,  // the server went away (restart, network); nothing of the change was stored
        AccessDenied,    // the server refused the login or the statement (role, password, GRANT)
        InUse,           // a change refused because other data refers to what it would remove or rename
        Locked,          // a figure of an approved month: the database's lock refused it
    };

    StorageError(Code code, const QString &message);

    Code code() const { return m_code; }

private:
    Code m_code;
};

// What StorageError::Locked says, in the UI language.
QString lockedMonthText();

} // namespace zhibiao
