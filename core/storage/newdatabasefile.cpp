#include "core/storage/newdatabasefile.h"

#include "core/storage/database.h"
#include "core/storage/databaselocation.h"
#include "core/storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace zhibiao {

using namespace Qt::StringLiterals;

void NewDatabaseFile::create(const QString &path, const Seed &seed)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (!target.absoluteDir().exists())
        throw StorageError(StorageError::Code::MissingFolder,
                           tr("The folder for %1 does not exist.").arg(shown));
    QTemporaryFile partial(target.absoluteDir().filePath(u".%1-XXXXXX.new"_s.arg(target.fileName())));
    if (!partial.open())
        throw StorageError(StorageError::Code::CannotOpen,
                           tr("%1 could not be created: %2").arg(shown, partial.errorString()));
    partial.close(); // an empty file: Database makes it a new Zhibiao database
    {
        // A rollback journal while it is filled: no log beside the partial
        // file to rename or leave behind, and no question about network
        // folders, which opening the finished file asks.
        Database database(DatabaseLocation::file(partial.fileName()).forThisDeskAlone());
        writeSeed(database, seed);
    }
    // The replaced file's log and shared memory would be read as the new
    // file's: they go first (the file itself stays until the rename).
    for (const QString &companion : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QString companionPath = target.absoluteFilePath() + companion;
        if (QFile::exists(companionPath) && !QFile::remove(companionPath))
            throw StorageError(StorageError::Code::CannotOpen,
                               tr("%1 could not be replaced: %2 cannot be removed.")
                                   .arg(shown, QDir::toNativeSeparators(companionPath)));
    }
    // The temporary file is private (0600); a database file is made as
    // SQLite makes one.
    QFile::setPermissions(partial.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    // std::rename replaces an existing file atomically (QFile::rename refuses to).
    const QByteArray from = QFile::encodeName(partial.fileName());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0)
        throw StorageError(StorageError::Code::CannotOpen,
                           tr("%1 could not be created: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno))));
    partial.setAutoRemove(false); // it is path now
}

} // namespace zhibiao
