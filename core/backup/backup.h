#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace zhibiao {

// Why a backup was taken; part of its file name.
enum class BackupReason {
    Manual,          // asked for (zhibiao backup)
    Daily,           // the first time the window opened the file that day
    BeforeMigration, // before the file's data format was updated
    BeforeRestore,   // the state a restore replaced, so the restore can be undone
};

// One backup file in a database's backup folder. A plain value: what its
// name says (when, why) and how big it is. Whether it can be restored is
// BackupCheck's to say.
struct Backup
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::Backup)

public:
    QString path;
    QDateTime takenAt; // UTC, to the millisecond
    BackupReason reason = BackupReason::Manual;
    qint64 size = 0;

    // "20221125-165200.123Z-daily.sqlite": sorts by time, says why, and
    // never needs a local time zone to be read back.
    static QString fileName(const QDateTime &takenAt, BackupReason reason);
    // nullopt for a name that is not a backup's (a temporary or foreign file).
    static std::optional<Backup> fromFileName(const QString &path);

    // Translated, for lists: "Daily", "Before a restore", ...
    static QString reasonLabel(BackupReason reason);
};

} // namespace zhibiao
