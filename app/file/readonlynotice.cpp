#include "app/file/readonlynotice.h"

#include <QAction>
#include <QLabel>
#include <QWidget>

namespace zhibiao {

using namespace Qt::StringLiterals;

QString ReadOnlyNotice::message()
{
    return tr("This file is read-only: you can view and export it but not change it.");
}

QString ReadOnlyNotice::whyGreyed()
{
    return tr("Not available: this file is read-only.");
}

QLabel *ReadOnlyNotice::makeBanner(QWidget *parent)
{
    auto *banner = new QLabel(parent);
    banner->setObjectName(u"readOnlyBanner"_s);
    banner->setWordWrap(true);
    banner->setMargin(8);
    // A note, not an alarm (the server's lost connection is the orange one).
    banner->setStyleSheet(u"background: #FFF4CE; color: #5C4400;"_s);
    banner->hide();
    return banner;
}

void ReadOnlyNotice::greyOut(QWidget *control)
{
    control->setEnabled(false);
    control->setToolTip(whyGreyed());
}

void ReadOnlyNotice::apply(QAction *action, bool readOnly)
{
    action->setEnabled(!readOnly);
    // An empty tooltip shows the action's text again.
    action->setToolTip(readOnly ? whyGreyed() : QString());
    action->setStatusTip(readOnly ? whyGreyed() : QString());
}

} // namespace zhibiao
