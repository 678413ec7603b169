#pragma once

#include <QMenu>

namespace zhibiao {

// File → Open Recent: the files of RecentFiles, newest first, numbered for
// the keyboard. A file that has gone is greyed and marked missing, and the
// menu offers to take such files off the list; "Clear list" empties it.
// The menu is built each time it opens, so it shows what is on disk now.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    // Builds the entries again (the menu does before it opens).
    void refresh();

Q_SIGNALS:
    // An existing file was chosen.
    void fileChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace zhibiao
