#pragma once

#include <QFileDialog>
#include <QString>

namespace zhibiao {

// Where the window asks for a file's name: Qt's file dialogs. Tests put a
// stand-in in its place (MainWindow::setFileDialogs) that answers at once,
// so that File → New…, Open… and Save a Copy As… run through their menu
// actions without a native dialog to drive.
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;

    // An existing file's path; empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                 const QString &filter);
    // A path to write; empty when the user cancelled. options may include
    // DontConfirmOverwrite when the caller asks itself.
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                 const QString &filter, QFileDialog::Options options = {});
};

} // namespace zhibiao
