#include "app/file/recentfiles.h"

#include "app/file/recentlist.h"

#include <QFileInfo>
#include <QSettings>

namespace zhibiao::RecentFiles {

using namespace Qt::StringLiterals;

namespace {

const RecentList files(u"files/recent"_s, Kept);
const QString lastKey = u"files/last"_s;

// One name per file, however it was reached (a link, "..", a relative
// path); a file that no longer exists keeps its absolute path.
QString canonical(const QString &path)
{
    const QFileInfo file(path);
    const QString resolved = file.canonicalFilePath();
    return resolved.isEmpty() ? file.absoluteFilePath() : resolved;
}

} // namespace

QStringList list(const QSettings &settings)
{
    return files.list(settings);
}

QStringList list()
{
    return list(QSettings());
}

QString lastOpened(const QSettings &settings)
{
    return settings.value(lastKey).toString();
}

QString lastOpened()
{
    return lastOpened(QSettings());
}

void remember(QSettings &settings, const QString &path)
{
    const QString file = canonical(path);
    files.remember(settings, file);
    settings.setValue(lastKey, file);
}

void remember(const QString &path)
{
    QSettings settings;
    remember(settings, path);
}

void forget(QSettings &settings, const QString &path)
{
    files.forget(settings, canonical(path));
}

void forget(const QString &path)
{
    QSettings settings;
    forget(settings, path);
}

void clear(QSettings &settings)
{
    files.clear(settings);
}

void clear()
{
    QSettings settings;
    clear(settings);
}

} // namespace zhibiao::RecentFiles
