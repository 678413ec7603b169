#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;
class QUndoStack;

namespace zhibiao {

class DashboardView;
class DatabaseLocation;
class DeferredPage;
class FileDialogs;
class ImportController;
class RecentFilesMenu;
class UiLanguage;
class UserGuideDialog;
class Workspace;
struct District;
struct Seed;

// The Zhibiao main window: menus, the year being worked on, and the
// screens (dashboard, monthly entry, the city's comparison table, targets,
// indicators) of one open database. The
// Workspace holds the data and the core computes; the window shows them.
// File → New…, Open…, Open Recent and a dropped file put another database
// in the window: everything made for the old one (screens, import, undo
// history, watchers) goes with it, and a database that cannot be opened
// leaves the window as it was.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { DashboardPage, EntryScreen, CityScreen, TargetsScreen, IndicatorsScreen };

    // A window on workspace, which the caller keeps open as long as the
    // window shows it (tests); a database opened later is the window's own.
    MainWindow(Workspace &workspace, UiLanguage &language, QWidget *parent = nullptr);
    // A window that owns workspace (the program's).
    MainWindow(std::unique_ptr<Workspace> workspace, UiLanguage &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The database the window shows now.
    Workspace &workspace() const { return *m_workspace; }

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

    // File → Open… and Open Recent with the file chosen: the window switches
    // to it, with the checks of --db (a foreign, newer or damaged file is
    // refused untouched, and said why; the open database stays). True when
    // path is open now.
    bool openDatabase(const QString &path);
    // File → New… with its answers: makes the file (NewDatabaseFile) and opens it.
    bool createDatabase(const QString &path, const Seed &seed);
    // File → Save a Copy As… with the file chosen: a consistent copy (SQLite's
    // online backup, a server's snapshot), while this window stays on its database.
    bool saveCopyTo(const QString &path);
    // Edit → District settings… with its answers: stored and pushed as one
    // undo step; the titles follow. False (and said why) when refused.
    bool changeDistrict(const District &district);
    // Edit → Comparison units…: the units editor (ComparisonUnitsDialog),
    // each change one undo step; the city's table and the dashboard follow.
    void editComparisonUnits();
    // Where the File menu asks for file names (tests answer in its place).
    void setFileDialogs(std::unique_ptr<FileDialogs> fileDialogs);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Builds what shows workspace(): the screens, the import, the watchers'
    // connections; detachWorkspace() takes it all down again.
    void attachWorkspace();
    void detachWorkspace();
    void replaceWorkspace(std::unique_ptr<Workspace> next);
    bool canSwitchDatabase();
    void newDatabase();
    void chooseDatabase();
    void saveCopy();
    void openDroppedFile(const QString &path);
    void showUserGuide();
    QWidget *makeEntryPage(QWidget *parent);
    QWidget *makeTargetsPage(QWidget *parent);
    QWidget *makeIndicatorsPage(QWidget *parent);
    // The city's comparison table (mainwindowcity.cpp).
    QWidget *makeCityPage(QWidget *parent);
    // The city's figures or units changed (the grid, an import, the units
    // editor, an undo): the city's table and the dashboard read them again.
    void reloadCity();
    void reloadIndicators();
    void createMenus();
    void createYearSelector();
    void fillYears();
    void retranslate();
    void chooseImportFile();
    void exportFigures();
    void exportReport();
    void restoreFromBackup();
    // What the open database allows (mainwindowediting.cpp): a read-only
    // file greys every editing action and says why above the screens.
    void applyAccess();
    // Edit → District settings…: the dialog, then one undo step.
    void editDistrict();
    // The district's names or year changed (an edit, its undo, another window).
    void showDistrict();
    // Asks for a server's URL (the recent ones offered) and opens a window on it.
    void connectToServer();
    void reloadChangedElsewhere();
    QString fileFolder() const;
    void rememberFileFolder(const QString &path);
    void showAbout();

    // Declared before anything that refers to it, so it closes last.
    std::unique_ptr<Workspace> m_ownedWorkspace;
    Workspace *m_workspace;
    UiLanguage &m_language;
    std::unique_ptr<FileDialogs> m_fileDialogs;
    int m_year;
    QUndoStack *m_undoStack; // the open database's: cleared when another opens
    // What is made for the open database (attachWorkspace).
    ImportController *m_importer = nullptr; // File → Import figures…, and Edit → Undo/Redo of large imports
    QTabWidget *m_pages;
    DashboardView *m_dashboard = nullptr;
    // Built when first shown: an EntryPage and a TargetsPage.
    DeferredPage *m_entryScreen = nullptr;
    DeferredPage *m_cityScreen = nullptr; // a CityTablePage
    DeferredPage *m_targetsScreen = nullptr;
    DeferredPage *m_indicatorsScreen = nullptr;
    QPointer<UserGuideDialog> m_userGuide;
    QToolBar *m_yearBar = nullptr;
    QLabel *m_yearLabel = nullptr;
    QComboBox *m_yearSelector = nullptr;
    QLabel *m_databaseLabel;
    // Says, above the screens, that the server cannot be reached.
    QLabel *m_connectionBanner;
    // Says, above the screens, that the file may only be read.
    QLabel *m_readOnlyBanner;

    QMenu *m_fileMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportFiguresAction = nullptr;
    QAction *m_exportReportAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_districtAction = nullptr;
    QAction *m_unitsAction = nullptr;
    QAction *m_followSystemAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace zhibiao
