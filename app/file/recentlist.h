#pragma once

#include <QString>
#include <QStringList>

#include <utility>

class QSettings;

namespace zhibiao {

// A most-recent-first list of names kept under one settings key: what
// File → Open Recent (files) and File → Connect to server… (URLs) offer
// again. It knows nothing of what the names are; the caller makes them
// comparable first (a canonical path, a URL without a password).
class RecentList
{
public:
    RecentList(QString key, int kept) : m_key(std::move(key)), m_kept(kept) {}

    QStringList list(const QSettings &settings) const;
    // Puts name first, once, and forgets the oldest beyond the limit.
    void remember(QSettings &settings, const QString &name) const;
    void forget(QSettings &settings, const QString &name) const;
    void clear(QSettings &settings) const;

private:
    QString m_key;
    int m_kept;
};

} // namespace zhibiao
