#pragma once

#include <QStringList>

class QSettings;

namespace zhibiao {

// The servers the user connected to, newest first, for File → Connect to
// server…. Only URLs are kept (QSettings "servers/recent"), and only ones
// without a password: DatabaseLocation refuses those before anything is kept.
namespace RecentServers {

inline constexpr int Kept = 8;

QStringList list(const QSettings &settings);
QStringList list(); // the user's settings
// Puts url first; throws StorageError (BadLocation) for one that is not a
// server URL without a password, keeping nothing.
void remember(QSettings &settings, const QString &url);
void remember(const QString &url);

} // namespace RecentServers

} // namespace zhibiao
