#include "app/recentservers.h"

#include "core/storage/databaselocation.h"

#include <QSettings>

namespace zhibiao::RecentServers {

using namespace Qt::StringLiterals;

namespace {

const QString key = u"servers/recent"_s;

} // namespace

QStringList list()
{
    return QSettings().value(key).toStringList();
}

void remember(const QString &url)
{
    // Parsed first: a URL with a password throws here and is never kept.
    const DatabaseLocation location = DatabaseLocation::parse(url);
    if (!location.isServer())
        return;
    const QString shown = location.displayName();
    QStringList recent = list();
    recent.removeAll(shown);
    recent.prepend(shown);
    while (recent.size() > Kept)
        recent.removeLast();
    QSettings().setValue(key, recent);
}

} // namespace zhibiao::RecentServers
