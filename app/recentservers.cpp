#include "app/recentservers.h"

#include "core/storage/databaselocation.h"

#include <QSettings>

namespace zhibiao::RecentServers {

using namespace Qt::StringLiterals;

namespace {

const QString key = u"servers/recent"_s;

} // namespace

QStringList list(const QSettings &settings)
{
    return settings.value(key).toStringList();
}

QStringList list()
{
    return list(QSettings());
}

void remember(const QString &url)
{
    QSettings settings;
    remember(settings, url);
}

void remember(QSettings &settings, const QString &url)
{
    // Parsed first: a URL with a password throws here and is never kept.
    const DatabaseLocation location = DatabaseLocation::parse(url);
    if (!location.isServer())
        return;
    const QString shown = location.displayName();
    QStringList recent = list(settings);
    recent.removeAll(shown);
    recent.prepend(shown);
    while (recent.size() > Kept)
        recent.removeLast();
    settings.setValue(key, recent);
}

} // namespace zhibiao::RecentServers
