#include "app/mainwindow.h"

#include "app/backup/dailybackup.h"
#include "app/backup/restoredialog.h"
#include "app/recentservers.h"
#include "app/dashboard/dashboardview.h"
#include "app/city/citytablepage.h"
#include "app/deferredpage.h"
#include "app/entry/entrypage.h"
#include "app/file/filedialogs.h"
#include "app/file/readonlynotice.h"
#include "app/file/recentfiles.h"
#include "app/file/recentfilesmenu.h"
#include "app/help/aboutbox.h"
#include "app/help/userguidedialog.h"
#include "app/import/importcontroller.h"
#include "app/indicators/indicatorspage.h"
#include "app/report/exportreportdialog.h"
#include "app/targets/targetspage.h"
#include "app/uilanguage.h"
#include "core/domain/usererror.h"
#include "core/export/figureexport.h"
#include "core/models/entrygridmodel.h"
#include "core/storage/datachangewatcher.h"
#include "core/storage/storageerror.h"
#include "core/storage/workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <set>

namespace zhibiao {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Workspace &workspace, UiLanguage &language, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(&workspace)
    , m_language(language)
    , m_fileDialogs(std::make_unique<FileDialogs>())
    , m_year(workspace.district().currentYear)
    , m_undoStack(new QUndoStack(this))
    , m_pages(new QTabWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_connectionBanner(new QLabel(this))
    , m_readOnlyBanner(ReadOnlyNotice::makeBanner(this))
{
    m_pages->setObjectName(u"pages"_s);
    m_pages->setDocumentMode(true);
    m_connectionBanner->setObjectName(u"connectionBanner"_s);
    m_connectionBanner->setWordWrap(true);
    m_connectionBanner->setMargin(8);
    m_connectionBanner->setStyleSheet(u"background: #FCE4D6; color: #7A2E00;"_s);
    m_connectionBanner->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_pages);
    setCentralWidget(central);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);
    setAcceptDrops(true); // a database file to open, a spreadsheet to import

    createMenus();
    createYearSelector();
    attachWorkspace();
    retranslate();
    // Reopen where the user left off: the same screen, the same size.
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 800);
    m_pages->setCurrentIndex(settings.value(u"window/page"_s, DashboardPage).toInt());
}

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, UiLanguage &language, QWidget *parent)
    : MainWindow(*workspace, language, parent)
{
    m_ownedWorkspace = std::move(workspace);
}

MainWindow::~MainWindow()
{
    // The screens refer to the workspace, which may be the window's own
    // member: they go first.
    detachWorkspace();
}

void MainWindow::attachWorkspace()
{
    Workspace &workspace = *m_workspace;
    m_importer = new ImportController(workspace, *m_undoStack, *this);
    m_dashboard = new DashboardView(workspace, m_pages);
    connect(m_importer, &ImportController::cityFiguresChanged, this, &MainWindow::reloadCity);
    m_entryScreen = new DeferredPage([this](QWidget *parent) { return makeEntryPage(parent); }, m_pages);
    m_cityScreen = new DeferredPage([this](QWidget *parent) { return makeCityPage(parent); }, m_pages);
    m_targetsScreen = new DeferredPage([this](QWidget *parent) { return makeTargetsPage(parent); }, m_pages);
    m_pages->addTab(m_dashboard, QString());
    m_pages->addTab(m_entryScreen, QString());
    m_pages->addTab(m_cityScreen, QString());
    m_indicatorsScreen = new DeferredPage([this](QWidget *parent) { return makeIndicatorsPage(parent); }, m_pages);
    m_pages->addTab(m_targetsScreen, QString());
    m_pages->addTab(m_indicatorsScreen, QString());
    connect(&workspace.connection(), &ConnectionKeeper::lost, this, [this](const QString &message) {
        m_connectionBanner->setText(message);
        m_connectionBanner->show();
    });
    connect(&workspace.connection(), &ConnectionKeeper::restored, this, [this] {
        m_connectionBanner->hide();
        statusBar()->showMessage(tr("Connected to the server again."), 10000);
    });
    connect(m_dashboard, &DashboardView::entryScreenRequested, this,
            [this] { m_pages->setCurrentWidget(m_entryScreen); });
    connect(&workspace.changes(), &DataChangeWatcher::changedElsewhere, this, &MainWindow::reloadChangedElsewhere);

    const DatabaseLocation &location = workspace.database().location();
    m_databaseLabel->setText(location.displayName());
    if (!location.isServer())
        RecentFiles::remember(location.filePath()); // File → Open Recent, and the next start
}

void MainWindow::detachWorkspace()
{
    // The steps refer to the old database's cells.
    m_undoStack->clear();
    QObject::disconnect(&m_workspace->connection(), nullptr, this, nullptr);
    QObject::disconnect(&m_workspace->changes(), nullptr, this, nullptr);
    m_connectionBanner->hide();
    while (m_pages->count() > 0)
        m_pages->removeTab(0);
    delete m_dashboard;
    delete m_entryScreen;
    delete m_cityScreen;
    delete m_targetsScreen;
    delete m_indicatorsScreen;
    delete m_importer;
    m_dashboard = nullptr;
    m_entryScreen = nullptr;
    m_cityScreen = nullptr;
    m_targetsScreen = nullptr;
    m_indicatorsScreen = nullptr;
    m_importer = nullptr;
}

void MainWindow::replaceWorkspace(std::unique_ptr<Workspace> next)
{
    const int page = m_pages->currentIndex();
    detachWorkspace();
    m_workspace = next.get();
    m_ownedWorkspace = std::move(next); // the old database closes here, its screens gone
    m_year = m_workspace->district().currentYear;
    attachWorkspace();
    fillYears();
    retranslate();
    m_pages->setCurrentIndex(page);
    // As at start: the first opening of the day backs the file up.
    QTimer::singleShot(0, this, &MainWindow::takeDailyBackup);
}

void MainWindow::showPage(Page page)
{
    if (auto *deferred = qobject_cast<DeferredPage *>(m_pages->widget(page)))
        deferred->content();
    m_pages->setCurrentIndex(page);
}

QWidget *MainWindow::makeEntryPage(QWidget *parent)
{
    auto *page = new EntryPage(*m_workspace, *m_undoStack, parent);
    page->setYear(m_year);
    return page;
}

QWidget *MainWindow::makeTargetsPage(QWidget *parent)
{
    auto *page = new TargetsPage(*m_workspace, *m_undoStack, parent);
    if (m_year != m_workspace->district().currentYear)
        page->setYear(m_year);
    connect(page, &TargetsPage::yearCreated, this, &MainWindow::setYear);
    connect(page, &TargetsPage::targetsChanged, this, [this](int year) {
        fillYears();
        if (year == m_year) {
            m_dashboard->setYear(year); // the verdicts depend on the targets
            reloadCity();               // so do the city table's columns
        }
    });
    return page;
}

QWidget *MainWindow::makeIndicatorsPage(QWidget *parent)
{
    auto *page = new IndicatorsPage(*m_workspace, *m_undoStack, parent);
    page->setYear(m_year);
    connect(page, &IndicatorsPage::indicatorsChanged, this, &MainWindow::reloadIndicators);
    return page;
}

void MainWindow::reloadIndicators()
{
    // A new indicator is in the grid and the targets editor at once; the
    // import reads them when it starts.
    if (m_entryScreen->isBuilt())
        static_cast<EntryPage *>(m_entryScreen->content())->reloadIndicators();
    if (m_targetsScreen->isBuilt())
        static_cast<TargetsPage *>(m_targetsScreen->content())->reload();
    reloadCity(); // the dashboard too
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/page"_s, m_pages->currentIndex());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_newAction = m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newDatabase);
    m_newAction->setObjectName(u"newAction"_s);
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    m_openAction->setObjectName(u"openAction"_s);
    m_recentMenu = new RecentFilesMenu(m_fileMenu);
    m_fileMenu->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::fileChosen, this, &MainWindow::openDatabase);
    m_saveCopyAction = m_fileMenu->addAction(QString(), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    m_saveCopyAction->setObjectName(u"saveCopyAction"_s);
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                           &MainWindow::chooseImportFile);
    m_importAction->setObjectName(u"importAction"_s);
    m_exportFiguresAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                                                  &MainWindow::exportFigures);
    m_exportFiguresAction->setObjectName(u"exportFiguresAction"_s);
    m_exportReportAction = m_fileMenu->addAction(QString(), QKeySequence::Print, this, &MainWindow::exportReport);
    m_exportReportAction->setObjectName(u"exportReportAction"_s);
    m_fileMenu->addSeparator();
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::restoreFromBackup);
    m_restoreAction->setObjectName(u"restoreAction"_s);
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectToServer);
    m_connectAction->setObjectName(u"connectAction"_s);
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), QKeySequence::Close, this, &QWidget::close);
    m_closeAction->setObjectName(u"closeAction"_s);
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quitAction->setObjectName(u"quitAction"_s);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(u"editMenu"_s);
    // The stack's own actions, for their texts and enabled states; run
    // through the import controller, which writes a large import's step
    // on another thread before the stack moves.
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    disconnect(m_undoAction, &QAction::triggered, m_undoStack, nullptr);
    connect(m_undoAction, &QAction::triggered, this, [this] { m_importer->undo(); });
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    disconnect(m_redoAction, &QAction::triggered, m_undoStack, nullptr);
    connect(m_redoAction, &QAction::triggered, this, [this] { m_importer->redo(); });
    // Both conventions: Ctrl+Shift+Z (as asked for) and Ctrl+Y (WPS, Excel).
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_districtAction = m_editMenu->addAction(QString(), this, &MainWindow::editDistrict);
    m_districtAction->setObjectName(u"districtAction"_s);
    m_unitsAction = m_editMenu->addAction(QString(), this, &MainWindow::editComparisonUnits);
    m_unitsAction->setObjectName(u"comparisonUnitsAction"_s);
    // A greyed action's tooltip says why (a read-only file).
    m_fileMenu->setToolTipsVisible(true);
    m_editMenu->setToolTipsVisible(true);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    auto *languageGroup = new QActionGroup(this);
    auto addLanguage = [&](const QString &code, const QString &objectName) {
        QAction *action = m_languageMenu->addAction(QString());
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setChecked(m_language.saved() == code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_language.choose(code); });
        return action;
    };
    m_followSystemAction = addLanguage(QString(), u"followSystemLanguageAction"_s);
    m_chineseAction = addLanguage(QString::fromLatin1(UiLanguage::Chinese), u"chineseAction"_s);
    m_englishAction = addLanguage(QString::fromLatin1(UiLanguage::English), u"englishAction"_s);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_userGuideAction = m_helpMenu->addAction(QString(), QKeySequence::HelpContents, this, &MainWindow::showUserGuide);
    m_userGuideAction->setObjectName(u"userGuideAction"_s);
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(u"aboutAction"_s);
}

void MainWindow::createYearSelector()
{
    m_yearBar = addToolBar(QString());
    m_yearBar->setObjectName(u"yearBar"_s);
    m_yearBar->setMovable(false);
    m_yearLabel = new QLabel(m_yearBar);
    m_yearSelector = new QComboBox(m_yearBar);
    m_yearSelector->setObjectName(u"yearSelector"_s);
    m_yearLabel->setBuddy(m_yearSelector);
    m_yearBar->addWidget(m_yearLabel);
    m_yearBar->addWidget(m_yearSelector);
    fillYears();
    connect(m_yearSelector, &QComboBox::activated, this,
            [this](int index) { setYear(m_yearSelector->itemData(index).toInt()); });
}

void MainWindow::fillYears()
{
    // Years with targets, and the district's current year even before its
    // targets are entered.
    std::set<int> years;
    for (const int year : m_workspace->targets().years())
        years.insert(year);
    years.insert(m_workspace->district().currentYear);
    years.insert(m_year);
    m_yearSelector->clear();
    for (const int year : years)
        m_yearSelector->addItem(QString::number(year), year);
    m_yearSelector->setCurrentIndex(m_yearSelector->findData(m_year));
}

void MainWindow::setYear(int year)
{
    m_year = year;
    m_undoStack->clear(); // commands refer to cells of the year they were made in
    m_dashboard->setYear(year);
    // A screen not built yet is built for the year it is first shown in.
    if (m_entryScreen->isBuilt())
        static_cast<EntryPage *>(m_entryScreen->content())->setYear(year);
    if (m_cityScreen->isBuilt())
        static_cast<CityTablePage *>(m_cityScreen->content())->setYear(year);
    if (m_targetsScreen->isBuilt())
        static_cast<TargetsPage *>(m_targetsScreen->content())->setYear(year);
    if (m_indicatorsScreen->isBuilt())
        static_cast<IndicatorsPage *>(m_indicatorsScreen->content())->setYear(year);
    fillYears();
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const District &district = m_workspace->district();
    const DatabaseLocation &location = m_workspace->database().location();
    // The file's path for the platform (a proxy icon, a document name), as
    // Qt's document windows do; a server has none.
    setWindowFilePath(location.filePath());
    //: Window title: %1 the database's file name (a server's URL), %2 district name, %3 year. Keep [*] after %1: it is where Qt marks a window modified. Chinese: lukou.sqlite — 渌口区2022年主要预期目标 — 指标
    setWindowTitle(tr("%1[*] — %2 — main targets for %3 — Zhibiao")
                       .arg(location.isServer() ? location.displayName() : location.shortName(), district.name())
                       .arg(m_year));
    m_pages->setTabText(DashboardPage, tr("Dashboard"));
    m_pages->setTabText(EntryScreen, tr("Monthly figures"));
    m_pages->setTabText(CityScreen, tr("City comparison"));
    m_pages->setTabText(TargetsScreen, tr("Targets"));
    m_pages->setTabText(IndicatorsScreen, tr("Indicators"));
    m_yearBar->setWindowTitle(tr("Year"));
    m_yearLabel->setText(tr("&Year:"));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New…"));
    m_openAction->setText(tr("&Open…"));
    m_saveCopyAction->setText(tr("Save a &Copy As…"));
    m_closeAction->setText(tr("C&lose"));
    m_importAction->setText(tr("&Import figures…"));
    m_exportFiguresAction->setText(tr("E&xport figures…"));
    m_exportReportAction->setText(tr("Export &report (PDF, .odt)…"));
    m_restoreAction->setText(tr("Restore from &backup…"));
    m_connectAction->setText(tr("&Connect to server…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_districtAction->setText(tr("&District settings…"));
    m_unitsAction->setText(tr("Comparison &units…"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_followSystemAction->setText(tr("Follow the system"));
    // Each language is named in itself, so a user who cannot read the
    // current one still finds their own.
    m_chineseAction->setText(u"中文（简体）"_s);
    m_englishAction->setText(u"English"_s);
    m_helpMenu->setTitle(tr("&Help"));
    m_userGuideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About Zhibiao"));
    m_databaseLabel->setToolTip(tr("The database this window works on"));
    if (m_targetsScreen->isBuilt())
        static_cast<TargetsPage *>(m_targetsScreen->content())->reload();
    applyAccess(); // its words are in the UI language too
}

QString MainWindow::fileFolder() const
{
    return QSettings()
        .value(u"files/folder"_s, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void MainWindow::rememberFileFolder(const QString &path)
{
    QSettings().setValue(u"files/folder"_s, QFileInfo(path).absolutePath());
}

void MainWindow::chooseImportFile()
{
    const QString path = m_fileDialogs->openFileName(
        this, tr("Import figures"), fileFolder(),
        tr("Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFileFolder(path);
    importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    m_importer->importFile(path);
}

void MainWindow::exportFigures()
{
    //: Suggested file name of an export: %1 year
    const QString suggested = QDir(fileFolder()).filePath(tr("figures %1.xlsx").arg(m_year));
    QString path = m_fileDialogs->saveFileName(this, tr("Export figures"), suggested,
                                                tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (!FigureExport::formatFor(path))
        path += u".xlsx"_s;
    rememberFileFolder(path);
    exportFiguresTo(path);
}

bool MainWindow::exportFiguresTo(const QString &path)
{
    try {
        const ExportResult result = FigureExport::write(*m_workspace, m_year, path);
        //: Status bar after an export: %1 file, %2 number of figures
        statusBar()->showMessage(tr("Wrote %1 with %2 figures.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(result.figureCount),
                                 15000);
        return true;
    } catch (const UserError &error) {
        QMessageBox::warning(this, tr("Export figures"), error.message());
    }
    return false;
}

void MainWindow::takeDailyBackup()
{
    if (const QString problem = DailyBackup::takeIfDue(*m_workspace); !problem.isEmpty())
        statusBar()->showMessage(problem, 15000); // a failed backup must not stop anyone working
}

void MainWindow::connectToServer()
{
    bool chosen = false;
    const QString url = QInputDialog::getItem(
                            this, tr("Connect to server"),
                            tr("The office's database, postgresql://[user@]host[:port]/name. The password comes from "
                               "~/.pgpass or PGPASSWORD, never from here."),
                            RecentServers::list(), 0, true, &chosen)
                            .trimmed();
    if (!chosen || url.isEmpty())
        return;
    try {
        RecentServers::remember(url);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Connect to server"), error.message());
        return;
    }
    // A window of its own on the server; this one stays on its database.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--db"_s, url}))
        QMessageBox::warning(this, tr("Connect to server"), tr("Zhibiao could not be started again."));
}

void MainWindow::restoreFromBackup()
{
    RestoreDialog dialog(*m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return; // nothing restored; a failure was shown in the dialog
    // Every screen reads the restored file again, on a year it has; the
    // undo steps referred to the replaced figures, and setYear clears them.
    setYear(m_workspace->district().currentYear);
}

void MainWindow::reloadChangedElsewhere()
{
    // Undoing a step now could silently write over what the other window
    // just stored in the same cell, so the history goes, as after a restore.
    m_undoStack->clear();
    m_workspace->reload(); // its district's names and year, too
    m_dashboard->reload();
    if (m_entryScreen->isBuilt()) {
        auto *entry = static_cast<EntryPage *>(m_entryScreen->content());
        entry->reloadIndicators();
        entry->model()->refreshAll();
    }
    if (m_cityScreen->isBuilt())
        static_cast<CityTablePage *>(m_cityScreen->content())->reload();
    if (m_indicatorsScreen->isBuilt())
        static_cast<IndicatorsPage *>(m_indicatorsScreen->content())->reload();
    if (m_targetsScreen->isBuilt())
        static_cast<TargetsPage *>(m_targetsScreen->content())->setYear(m_year);
    fillYears();
    retranslate(); // the title names the district
    //: Status bar when a second window or zhibiao import wrote to the same database file
    statusBar()->showMessage(tr("This database was changed in another window or program; the figures shown were "
                                "read again."),
                             10000);
}

void MainWindow::exportReport()
{
    // The summary of what the dashboard shows: its year and "as of" month.
    ExportReportDialog dialog(*m_workspace, m_year, m_dashboard->asOf(), this);
    connect(&dialog, &ExportReportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutBox::show(this, m_workspace->database().location(), m_workspace->district().name());
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide) {
        m_userGuide = new UserGuideDialog(m_language.effective(), this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

} // namespace zhibiao
