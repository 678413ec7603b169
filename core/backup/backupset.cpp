#include "core/backup/backupset.h"

#include "core/backup/backupfile.h"
#include "core/storage/storageerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

bool newerFirst(const Backup &a, const Backup &b)
{
    return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
}

} // namespace

BackupSet::BackupSet(const QString &databasePath, int keep)
    : m_folder(folderFor(databasePath))
    , m_keep(std::max(keep, 1))
{
}

QString BackupSet::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + u".backups"_s;
}

QList<Backup> BackupSet::list() const
{
    QList<Backup> backups;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"*.sqlite"_s}, QDir::Files)) {
        if (const std::optional<Backup> backup = Backup::fromFileName(dir.filePath(name)))
            backups.append(*backup);
    }
    std::sort(backups.begin(), backups.end(), newerFirst);
    return backups;
}

Backup BackupSet::take(const QSqlDatabase &source, BackupReason reason, const QDateTime &now, Pruning pruning)
{
    if (!QDir().mkpath(m_folder))
        throw StorageError(StorageError::Code::BackupFailed,
                           tr("Could not create the backup folder %1.").arg(QDir::toNativeSeparators(m_folder)));
    // Two backups in one millisecond (a restore right after a daily backup)
    // must not overwrite each other.
    QDateTime takenAt = now.toUTC();
    QString path = QDir(m_folder).filePath(Backup::fileName(takenAt, reason));
    while (QFileInfo::exists(path)) {
        takenAt = takenAt.addMSecs(1);
        path = QDir(m_folder).filePath(Backup::fileName(takenAt, reason));
    }
    BackupFile::write(source, path);
    if (pruning == Pruning::RemoveOldest)
        prune(now);
    return Backup{path, takenAt, reason, QFileInfo(path).size()};
}

std::optional<Backup> BackupSet::takeDailyIfDue(const QSqlDatabase &source, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const QList<Backup> existing = list();
    const bool done = std::any_of(existing.begin(), existing.end(), [&](const Backup &backup) {
        return backup.reason == BackupReason::Daily && backup.takenAt.toLocalTime().date() == today;
    });
    if (done)
        return std::nullopt;
    return take(source, BackupReason::Daily, now);
}

QList<Backup> BackupSet::prune(const QDateTime &now) const
{
    // A copy cut short by a crash or a kill leaves its temporary file; one
    // an hour old is no longer being written by anyone.
    const QDir dir(m_folder);
    for (const QFileInfo &partial : dir.entryInfoList({u"*.partial"_s, u"*.partial-*"_s}, QDir::Files)) {
        if (partial.lastModified().secsTo(now) > 3600)
            QFile::remove(partial.absoluteFilePath());
    }
    QList<Backup> removed;
    const QList<Backup> all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i) {
        // A backup that cannot be removed now is tried again next time.
        if (QFile::remove(all[i].path))
            removed.append(all[i]);
    }
    return removed;
}

} // namespace zhibiao
