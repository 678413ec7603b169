#pragma once

class QSettings;

namespace zhibiao {

// How many backups of a database to keep: "backups/keep" in the user's
// settings (zhibiao.conf), else BackupSet::DefaultKeep. Read here, in the
// app, and handed to core (BackupSet, Workspace), which reads no settings.
int backupsToKeep(const QSettings &settings);
// The same from the application's settings (QSettings()).
int backupsToKeep();

} // namespace zhibiao
