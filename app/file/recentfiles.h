#pragma once

#include <QStringList>

class QSettings;

namespace zhibiao {

// The database files the window opened, newest first, for File → Open
// Recent, and the last one, which the next start opens (chooseDatabase).
// Paths only (QSettings "files/recent" and "files/last"), each file once
// under its canonical path. A file that has gone stays listed until the
// user removes it: the menu shows it as missing.
namespace RecentFiles {

inline constexpr int Kept = 10;

QStringList list(const QSettings &settings);
QStringList list(); // the user's settings
// The file the window opened last; empty when none was.
QString lastOpened(const QSettings &settings);
QString lastOpened();
// Puts path first and makes it the last file opened.
void remember(QSettings &settings, const QString &path);
void remember(const QString &path);
// Takes path off the list (File → Open Recent, a missing file).
void forget(QSettings &settings, const QString &path);
void forget(const QString &path);
// Empties the list (File → Open Recent → Clear list); the last file stays
// the one the next start opens.
void clear(QSettings &settings);
void clear();

} // namespace RecentFiles

} // namespace zhibiao
