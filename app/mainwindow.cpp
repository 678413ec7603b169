#include "mainwindow.h"

#include "targettablemodel.h"
#include "uilanguage.h"
#include "workspace.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace zhibiao {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Workspace &workspace, UiLanguage &language, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_language(language)
    , m_year(workspace.district().currentYear)
    , m_targetModel(new TargetTableModel(this))
    , m_targetView(new QTableView(this))
    , m_databaseLabel(new QLabel(this))
{
    m_targetView->setObjectName(u"targetView"_s);
    m_targetView->setModel(m_targetModel);
    m_targetView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targetView->setAlternatingRowColors(true);
    m_targetView->verticalHeader()->hide();
    m_targetView->setWordWrap(true);
    m_targetView->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_targetView);

    m_databaseLabel->setText(QDir::toNativeSeparators(workspace.database().path()));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createMenus();
    reloadTargets();
    retranslate();
    resize(1100, 700);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    auto addLanguage = [&](const QString &code) {
        QAction *action = m_languageMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(m_language.saved() == code);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_language.choose(code); });
        return action;
    };
    m_followSystemAction = addLanguage(QString());
    m_chineseAction = addLanguage(QString::fromLatin1(UiLanguage::Chinese));
    m_englishAction = addLanguage(QString::fromLatin1(UiLanguage::English));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const District &district = m_workspace.district();
    //: Window title: district name, year. Chinese: 渌口区2022年主要预期目标
    setWindowTitle(tr("%1 — main targets for %2 — Zhibiao").arg(district.name()).arg(m_year));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_followSystemAction->setText(tr("Follow the system"));
    // Each language is named in itself, so a user who cannot read the
    // current one still finds their own.
    m_chineseAction->setText(u"中文（简体）"_s);
    m_englishAction->setText(u"English"_s);
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Zhibiao"));
    m_databaseLabel->setToolTip(tr("The database this window works on"));
    // Names in the model come from data in both languages: pick again.
    reloadTargets();
}

void MainWindow::reloadTargets()
{
    m_targetModel->setTargets(m_workspace.targets().forYear(m_year), m_workspace.indicators().all());
    m_targetView->resizeColumnsToContents();
    m_targetView->resizeRowsToContents();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Zhibiao"),
                       tr("<p><b>Zhibiao</b> %1</p><p>Tracks the yearly economic targets of %2.</p>"
                          "<p>Database: %3</p>")
                           .arg(QApplication::applicationVersion(), m_workspace.district().name(),
                                QDir::toNativeSeparators(m_workspace.database().path()).toHtmlEscaped()));
}

} // namespace zhibiao
