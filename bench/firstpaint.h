#pragma once

#include <QEvent>
#include <QObject>

namespace zhibiao::bench {

// Notes the first paint of the dashboard. Widgets paint parent first in one
// pass, so when processEvents returns after it, the tiles are painted too.
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace zhibiao::bench
