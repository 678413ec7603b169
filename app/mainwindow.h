#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTableView;

namespace zhibiao {

class TargetTableModel;
class UiLanguage;
class Workspace;

// The Zhibiao main window: menus, the status bar, and the screen showing
// the current year's targets. It owns no data: the Workspace does.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, UiLanguage &language, QWidget *parent = nullptr);

    int year() const { return m_year; }
    TargetTableModel *targetModel() const { return m_targetModel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void reloadTargets();
    void showAbout();

    Workspace &m_workspace;
    UiLanguage &m_language;
    int m_year;

    TargetTableModel *m_targetModel;
    QTableView *m_targetView;
    QLabel *m_databaseLabel;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_followSystemAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace zhibiao
