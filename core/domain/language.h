#pragma once

#include <QString>

namespace zhibiao {

// Whether the UI currently speaks Chinese. Domain data carries names in both
// languages; this picks one. Decided by the translator the application
// installed, so core needs no knowledge of settings or widgets.
bool uiIsChinese();

inline const QString &pickLanguage(const QString &zh, const QString &en)
{
    return uiIsChinese() || en.isEmpty() ? zh : en;
}

} // namespace zhibiao
