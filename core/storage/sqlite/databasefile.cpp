#include "core/storage/sqlite/databasefile.h"

#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlquery.h"
#include "core/storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// What a read-only look at an existing file found, before anything writes.
struct FileProbe
{
    int applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
    QString quickCheck;
};

FileProbe probeReadOnly(const QString &path, const FileAccess &access)
{
    const QString name = uniqueConnectionName(u"probe");
    FileProbe probe;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        const ReadOnlyConnection readOnly = readOnlyConnection(path, access);
        db.setDatabaseName(readOnly.databaseName);
        db.setConnectOptions(readOnly.connectOptions);
        const bool opened = db.open();
        const QString openError = db.lastError().text();
        try {
            if (!opened)
                throw StorageError(StorageError::Code::CannotOpen,
                                   Database::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), openError));
            auto single = [&](const QString &sql) {
                QSqlQuery query = execStatement(db, sql);
                return query.next() ? query.value(0) : QVariant();
            };
            probe.applicationId = single(u"PRAGMA application_id"_s).toInt();
            probe.userVersion = single(u"PRAGMA user_version"_s).toInt();
            probe.objectCount = single(u"SELECT count(*) FROM sqlite_master"_s).toInt();
            if (probe.applicationId == ApplicationId)
                probe.quickCheck = single(u"PRAGMA quick_check"_s).toString();
        } catch (const StorageError &error) {
            db.close();
            if (error.code() == StorageError::Code::CannotOpen)
                throw;
            // Any failure to read the header pages means the file is damaged.
            probe.quickCheck = error.message();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return probe;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static constexpr char magic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
    return file.read(sizeof magic) == QByteArray(magic, sizeof magic);
}

// Whether the file's header says it uses a write-ahead log (its read and
// write format versions are 2), which a reader needs a shared index for.
bool isWalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

// A read-only file opens as it is; one that would need writing first is refused.
void requireNothingToWrite(const QString &shownPath, const FileProbe &probe, int latestVersion)
{
    if (probe.applicationId != ApplicationId || probe.userVersion == 0)
        throw StorageError(StorageError::Code::ReadOnly,
                           Database::tr("%1 is read-only and holds no Zhibiao data yet, so it cannot be set up as "
                                        "a new database. Choose a file in a folder you can write to.")
                               .arg(shownPath));
    if (probe.userVersion < latestVersion)
        throw StorageError(StorageError::Code::ReadOnly,
                           Database::tr("%1 is read-only and in an older Zhibiao data format (%2; this version needs "
                                        "%3). Someone who may write it opens it once with this version to bring it "
                                        "up to date; or copy it to a folder you can write to and open the copy.")
                               .arg(shownPath)
                               .arg(probe.userVersion)
                               .arg(latestVersion));
}

} // namespace

bool isWritablePlace(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && info.permission(QFile::WriteOwner);
}

ReadOnlyConnection readOnlyConnection(const QString &path, const FileAccess &access)
{
    if (!access.immutable)
        return {path, u"QSQLITE_OPEN_READONLY"_s};
    // A file: URI is the only way to pass immutable (SQLite's URI filenames).
    return {QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                + u"?immutable=1"_s,
            u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s};
}

// Every check here reads only: a file that fails one is left byte for byte
// as it was.
FileAccess verifyDatabaseFile(const QString &path, int latestVersion)
{
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        if (!info.dir().exists())
            throw StorageError(StorageError::Code::MissingFolder,
                               Database::tr("Cannot create %1: the folder %2 does not exist.")
                                   .arg(shownPath, QDir::toNativeSeparators(info.absolutePath())));
        if (!isWritablePlace(info.absolutePath()))
            throw StorageError(StorageError::Code::ReadOnly,
                               Database::tr("Cannot create %1: the folder %2 is read-only.")
                                   .arg(shownPath, QDir::toNativeSeparators(info.absolutePath())));
        return {};
    }
    if (info.isDir())
        throw StorageError(StorageError::Code::CannotOpen, Database::tr("%1 is a folder, not a database file.").arg(shownPath));
    if (!info.isReadable())
        throw StorageError(StorageError::Code::CannotOpen, Database::tr("%1 cannot be read: permission denied.").arg(shownPath));
    // A file is written in place, and its log, shared index or journal
    // beside it: either one read-only, and the file opens for reading only.
    FileAccess access;
    const bool folderWritable = isWritablePlace(info.absolutePath());
    access.readOnly = !isWritablePlace(path) || !folderWritable;
    if (info.size() == 0) {
        if (access.readOnly)
            throw StorageError(StorageError::Code::ReadOnly,
                               Database::tr("%1 is read-only and empty, so it cannot be set up as a new database. "
                                            "Choose a file in a folder you can write to.")
                                   .arg(shownPath));
        return access; // an empty file is a new database
    }
    if (!hasSqliteHeader(path))
        throw StorageError(StorageError::Code::NotADatabase,
                           Database::tr("%1 is not a Zhibiao database (it is not an SQLite file).").arg(shownPath));
    // A rollback-journal file needs nothing beside it to be read. For a WAL
    // file, an empty log holds nothing the file lacks; a log with content
    // must be read (with its index, which SQLite then finds beside it).
    access.immutable = access.readOnly && !folderWritable && isWalFile(path)
                       && QFileInfo(path + u"-wal"_s).size() == 0;

    const FileProbe probe = probeReadOnly(path, access);
    if (probe.applicationId != ApplicationId) {
        if (probe.applicationId == 0 && probe.objectCount == 0 && probe.quickCheck.isEmpty()) {
            // An empty SQLite file: safe to turn into a Zhibiao database, if it may be written.
            if (access.readOnly)
                requireNothingToWrite(shownPath, probe, latestVersion);
            return access;
        }
        if (!probe.quickCheck.isEmpty())
            throw StorageError(StorageError::Code::Corrupt,
                               Database::tr("%1 is damaged and cannot be opened: %2").arg(shownPath, probe.quickCheck));
        throw StorageError(StorageError::Code::ForeignDatabase,
                           Database::tr("%1 is an SQLite database of another program, not a Zhibiao database.").arg(shownPath));
    }
    const int latest = latestVersion;
    if (probe.userVersion > latest)
        throw StorageError(StorageError::Code::NewerVersion,
                           Database::tr("%1 was written by a newer version of Zhibiao (data format %2; this version reads up "
                              "to %3). Install the newer version to open it.")
                               .arg(shownPath)
                               .arg(probe.userVersion)
                               .arg(latest));
    if (probe.quickCheck != u"ok")
        throw StorageError(StorageError::Code::Corrupt,
                           Database::tr("%1 is damaged and cannot be opened: %2").arg(shownPath, probe.quickCheck));
    if (access.readOnly)
        requireNothingToWrite(shownPath, probe, latestVersion);
    return access;
}

} // namespace zhibiao
