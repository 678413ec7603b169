#pragma once

#include "core/backup/backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace zhibiao {

// The backups of one database: a folder "<file>.backups" beside it, holding
// at most keep() copies. Taking one writes it atomically (BackupFile) and
// then removes the oldest beyond keep(). Only files named like a backup are
// ever listed or removed. How many to keep is the caller's to say (the app
// reads the user's setting); core reads no settings of its own.
class BackupSet
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::BackupSet)

public:
    // How many are kept unless the user says otherwise (docs/reliability.md).
    static constexpr int DefaultKeep = 10;

    // keep below 1 keeps 1.
    explicit BackupSet(const QString &databasePath, int keep = DefaultKeep);

    static QString folderFor(const QString &databasePath);

    QString folder() const { return m_folder; }
    int keep() const { return m_keep; }

    // Newest first.
    QList<Backup> list() const;

    enum class Pruning { RemoveOldest, KeepAll };
    // Copies source (the open database) into the folder, creating it.
    // Throws StorageError (BackupFailed); then nothing was added or removed.
    Backup take(const QSqlDatabase &source, BackupReason reason,
                const QDateTime &now = QDateTime::currentDateTimeUtc(), Pruning pruning = Pruning::RemoveOldest);
    // A Daily backup unless there is one of now's local calendar day already.
    std::optional<Backup> takeDailyIfDue(const QSqlDatabase &source,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Removes the oldest backups beyond keep(), and temporary files of
    // copies that were cut short over an hour before now; returns the
    // backups it removed.
    QList<Backup> prune(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    QString m_folder;
    int m_keep;
};

} // namespace zhibiao
