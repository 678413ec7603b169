#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QLabel;
class QWidget;

namespace zhibiao {

// What the window says about a database the user may only read: the words
// above the screens, and every editing control greyed with a tooltip that
// says why. Whether a database is read-only is core's to know
// (Database::isReadOnly()); this only shows it.
class ReadOnlyNotice
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReadOnlyNotice)

public:
    // The banner above the screens (and an edit's refusal).
    static QString message();
    // The tooltip of a control greyed for it.
    static QString whyGreyed();

    // The banner above the screens, hidden (MainWindow shows it).
    static QLabel *makeBanner(QWidget *parent);

    // Greys a screen's control and says why in its tooltip (a screen is
    // built for one database, so it is never enabled again).
    static void greyOut(QWidget *control);
    // Greys the window's action when readOnly and says why in its tooltip;
    // otherwise enables it and clears that tooltip. The window's actions
    // outlive a database: call again when another opens, and after a
    // language change.
    static void apply(QAction *action, bool readOnly);
};

} // namespace zhibiao
