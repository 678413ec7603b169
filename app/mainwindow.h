#pragma once

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class QUndoStack;

namespace zhibiao {

class DashboardView;
class DeferredPage;
class ImportController;
class UiLanguage;
class Workspace;

// The Zhibiao main window: menus, the year being worked on, and the three
// screens (dashboard, monthly entry, targets). It owns no data, the
// Workspace does, and computes nothing: the screens read the core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { DashboardPage, EntryScreen, TargetsScreen };

    MainWindow(Workspace &workspace, UiLanguage &language, QWidget *parent = nullptr);

    int year() const { return m_year; }
    void setYear(int year);
    QUndoStack *undoStack() const { return m_undoStack; }
    // Brings page to the front, building it if it was not yet.
    void showPage(Page page);
    // File → Import figures… with the file chosen: the import dialog, then
    // the plan applied in one transaction and pushed as one undo step
    // (ImportController). Returns at once; importer()->finished() says
    // how it ended.
    void importFile(const QString &path);
    ImportController *importer() const { return m_importer; }
    // The backup of the first opening of the day (DailyBackup); a failure
    // is shown in the status bar.
    void takeDailyBackup();
    // File → Export figures… with the file chosen; says why when it fails.
    bool exportFiguresTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeEntryPage(QWidget *parent);
    QWidget *makeTargetsPage(QWidget *parent);
    void createMenus();
    void createYearSelector();
    void fillYears();
    void retranslate();
    void chooseImportFile();
    void exportFigures();
    void exportPdf();
    void restoreFromBackup();
    // Asks for a server's URL (the recent ones offered) and opens a window on it.
    void connectToServer();
    void reloadChangedElsewhere();
    QString fileFolder() const;
    void rememberFileFolder(const QString &path);
    void showAbout();

    Workspace &m_workspace;
    UiLanguage &m_language;
    int m_year;
    QUndoStack *m_undoStack;
    ImportController *m_importer; // File → Import figures…, and Edit → Undo/Redo of large imports
    QTabWidget *m_pages;
    DashboardView *m_dashboard;
    // Built when first shown: an EntryPage and a TargetsPage.
    DeferredPage *m_entryScreen;
    DeferredPage *m_targetsScreen;
    QToolBar *m_yearBar = nullptr;
    QLabel *m_yearLabel = nullptr;
    QComboBox *m_yearSelector = nullptr;
    QLabel *m_databaseLabel;
    // Says, above the screens, that the server cannot be reached.
    QLabel *m_connectionBanner;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportFiguresAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_followSystemAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace zhibiao
