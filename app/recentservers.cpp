#include "app/recentservers.h"

#include "app/file/recentlist.h"
#include "core/storage/databaselocation.h"

#include <QSettings>

namespace zhibiao::RecentServers {

using namespace Qt::StringLiterals;

namespace {

const RecentList servers(u"servers/recent"_s, Kept);

} // namespace

QStringList list(const QSettings &settings)
{
    return servers.list(settings);
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
    servers.remember(settings, location.displayName());
}

} // namespace zhibiao::RecentServers
