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

FileProbe probeReadOnly(const QString &path)
{
    const QString name = uniqueConnectionName(u"probe");
    FileProbe probe;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
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

} // namespace

// Every check here reads only: a file that fails one is left byte for byte
// as it was.
void verifyDatabaseFile(const QString &path, int latestVersion)
{
    const QFileInfo info(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        if (!info.dir().exists())
            throw StorageError(StorageError::Code::MissingFolder,
                               Database::tr("Cannot create %1: the folder %2 does not exist.")
                                   .arg(shownPath, QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    if (info.isDir())
        throw StorageError(StorageError::Code::CannotOpen, Database::tr("%1 is a folder, not a database file.").arg(shownPath));
    if (!info.isReadable())
        throw StorageError(StorageError::Code::CannotOpen, Database::tr("%1 cannot be read: permission denied.").arg(shownPath));
    if (info.size() == 0)
        return; // an empty file is a new database
    if (!hasSqliteHeader(path))
        throw StorageError(StorageError::Code::NotADatabase,
                           Database::tr("%1 is not a Zhibiao database (it is not an SQLite file).").arg(shownPath));
    // The owner's write bit counts even for root, who could write anyway:
    // a file marked read-only is one the user wants left alone.
    if (!info.isWritable() || !info.permission(QFile::WriteOwner))
        throw StorageError(StorageError::Code::ReadOnly,
                           Database::tr("%1 is read-only. Copy it to a folder you can write to, or ask for write permission.")
                               .arg(shownPath));

    const FileProbe probe = probeReadOnly(path);
    if (probe.applicationId != ApplicationId) {
        if (probe.applicationId == 0 && probe.objectCount == 0 && probe.quickCheck.isEmpty())
            return; // an empty SQLite file: safe to turn into a Zhibiao database
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
}

} // namespace zhibiao
