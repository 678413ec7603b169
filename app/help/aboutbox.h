#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace zhibiao {

class DatabaseLocation;

// Help → About Zhibiao: the program, its version and licence, the Qt it
// runs on, and the database the window has open (a file's path, or a
// server's URL, which never holds a password).
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::AboutBox)

public:
    // The text shown, as rich text.
    static QString text(const DatabaseLocation &database, const QString &districtName);
    static void show(QWidget *parent, const DatabaseLocation &database, const QString &districtName);
};

} // namespace zhibiao
