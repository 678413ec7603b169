#include "app/file/recentlist.h"

#include <QSettings>

namespace zhibiao {

QStringList RecentList::list(const QSettings &settings) const
{
    return settings.value(m_key).toStringList();
}

void RecentList::remember(QSettings &settings, const QString &name) const
{
    QStringList recent = list(settings);
    recent.removeAll(name);
    recent.prepend(name);
    while (recent.size() > m_kept)
        recent.removeLast();
    settings.setValue(m_key, recent);
}

void RecentList::forget(QSettings &settings, const QString &name) const
{
    QStringList recent = list(settings);
    recent.removeAll(name);
    settings.setValue(m_key, recent);
}

void RecentList::clear(QSettings &settings) const
{
    settings.remove(m_key);
}

} // namespace zhibiao
