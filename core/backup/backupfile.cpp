#include "core/backup/backupfile.h"

#include "core/storage/database.h"
#include "core/storage/databasecopy.h"
#include "core/storage/sqlite/sqlitehandle.h"
#include "core/storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Removes the temporary copy (and the journal or log SQLite may have left
// beside it) unless the copy was renamed into place.
class PartialFile
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        if (m_kept)
            return;
        for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(m_path + suffix);
    }
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

// A rename is durable only once the folder's entry is on disk.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (descriptor >= 0) {
        ::fsync(descriptor);
        ::close(descriptor);
    }
#else
    Q_UNUSED(folder);
#endif
}

// Makes a finished copy one self-contained file and checks that it reads
// back; returns why not, or nothing.
QString settle(sqlite3 *copy)
{
    // The copy inherits the source's WAL flag; a backup is better as one
    // file that can be mailed or copied alone. The switch commits with
    // synchronous = FULL, the default for a rollback journal.
    const QString mode = sqliteSingleValue(copy, "PRAGMA journal_mode = DELETE");
    if (mode.compare(u"delete"_s, Qt::CaseInsensitive) != 0)
        return BackupFile::tr("its journal mode could not be set (%1).").arg(mode);
    const QString check = sqliteSingleValue(copy, "PRAGMA quick_check");
    if (check != u"ok"_s)
        return BackupFile::tr("the copy does not read back correctly: %1").arg(check);
    return {};
}

// Copies a file's database into the file at path, page by page with
// SQLite's online backup; returns why not, or nothing.
QString copyInto(const QSqlDatabase &source, const QString &path)
{
    try {
        sqlite3 *const from = nativeHandle(source);
        const SqliteConnection to = openSqliteFile(path, SqliteAccess::ReadWrite);
        copySqliteDatabase(from, to.get());
        return settle(to.get());
    } catch (const StorageError &error) {
        return error.message();
    }
}

// Copies a server's database into a new Zhibiao file at path, row by row
// from one snapshot (DatabaseCopy); returns why not, or nothing.
QString copyServerInto(Database &source, const QString &path)
{
    try {
        {
            Database copy(path);
            DatabaseCopy::copy(source, copy);
        }
        const SqliteConnection to = openSqliteFile(path, SqliteAccess::ReadWrite);
        return settle(to.get());
    } catch (const StorageError &error) {
        return error.message();
    }
}

} // namespace

void BackupFile::write(const QSqlDatabase &source, const QString &path)
{
    write(path, source.databaseName(), [&source](const QString &partial) { return copyInto(source, partial); });
}

void BackupFile::write(Database &source, const QString &path)
{
    if (!source.isServer()) {
        write(source.connection(), path);
        return;
    }
    write(path, QString(), [&source](const QString &partial) { return copyServerInto(source, partial); });
}

void BackupFile::write(const QString &path, const QString &originalFile,
                       const std::function<QString(const QString &partial)> &copyInto)
{
    const QFileInfo target(path);
    const QString shownPath = QDir::toNativeSeparators(target.absoluteFilePath());
    auto failure = [&](const QString &reason) {
        return StorageError(StorageError::Code::BackupFailed,
                            tr("Could not write the backup %1: %2").arg(shownPath, reason));
    };
    if (!target.dir().exists())
        throw failure(tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        throw failure(tr("it is a folder."));

    // A unique name in the target's folder, so the final rename stays on
    // one file system and is atomic.
    QString partialPath;
    {
        QTemporaryFile reserve(target.absoluteFilePath() + u".XXXXXX.partial"_s);
        reserve.setAutoRemove(false);
        if (!reserve.open())
            throw failure(reserve.errorString());
        partialPath = reserve.fileName();
    }
    PartialFile partial(partialPath);

    if (const QString reason = copyInto(partial.path()); !reason.isEmpty())
        throw failure(reason);
    // The temporary file is private (0600); the copy gets the database's own
    // permissions, as a copy made by cp would.
    const QFileInfo original(originalFile);
    if (!originalFile.isEmpty() && original.exists())
        QFile::setPermissions(partial.path(), original.permissions());

    // std::rename replaces an existing target atomically (QFile::rename
    // would refuse to overwrite).
    const QByteArray from = QFile::encodeName(partial.path());
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    if (std::rename(from.constData(), to.constData()) != 0)
        throw failure(QString::fromLocal8Bit(std::strerror(errno)));
    partial.keep();
    syncFolder(target.absolutePath());
}

} // namespace zhibiao
