#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace zhibiao {

class Workspace;

// The window's backup once per day of use: the first time it opens a
// database on a local calendar day, a copy goes into the backup folder
// (BackupSet::takeDailyIfDue). Command-line actions do not call this.
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::DailyBackup)

public:
    // Never throws: a failed backup must not keep anyone from working.
    // Returns a message for the status bar when it failed, else nothing.
    static QString takeIfDue(Workspace &workspace, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace zhibiao
