#include "app/targets/targetspage.h"

#include "app/file/readonlynotice.h"
#include "app/targets/criteriondelegate.h"
#include "app/targets/targetseditor.h"
#include "app/targets/targettextdelegate.h"
#include "core/models/criteriontablemodel.h"
#include "core/models/targettablemodel.h"
#include "core/storage/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
}

} // namespace

TargetsPage::TargetsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_editor(new TargetsEditor(workspace, undoStack, this))
    , m_year(workspace.district().currentYear)
    , m_targetModel(new TargetTableModel(this))
    , m_criterionModel(new CriterionTableModel(this))
    , m_targetView(new QTableView(this))
    , m_criterionView(new QTableView(this))
    , m_criteriaTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_addTarget(new QPushButton(this))
    , m_removeTarget(new QPushButton(this))
    , m_addCriterion(new QPushButton(this))
    , m_removeCriterion(new QPushButton(this))
    , m_copyToNextYear(new QPushButton(this))
    , m_readOnly(workspace.database().isReadOnly())
{
    m_targetView->setObjectName(u"targetView"_s);
    m_criterionView->setObjectName(u"criterionView"_s);
    m_message->setObjectName(u"targetsMessage"_s);
    m_message->setWordWrap(true);
    m_targetView->setModel(m_targetModel);
    m_criterionView->setModel(m_criterionModel);
    setUpTable(m_targetView);
    setUpTable(m_criterionView);
    if (m_readOnly) {
        m_targetView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_criterionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_targetView->setWordWrap(true);
    m_targetView->setItemDelegate(new TargetTextDelegate(*m_editor, m_targetView));
    m_criterionView->setItemDelegate(new CriterionDelegate(*m_editor, [this] { return currentTargetRow(); },
                                                           m_criterionView));

    auto *targetButtons = new QHBoxLayout;
    targetButtons->addWidget(m_addTarget);
    targetButtons->addWidget(m_removeTarget);
    targetButtons->addStretch();
    targetButtons->addWidget(m_copyToNextYear);
    auto *criterionButtons = new QHBoxLayout;
    criterionButtons->addWidget(m_criteriaTitle, 1);
    criterionButtons->addWidget(m_addCriterion);
    criterionButtons->addWidget(m_removeCriterion);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetButtons);
    layout->addWidget(m_targetView, 3);
    layout->addLayout(criterionButtons);
    layout->addWidget(m_criterionView, 1);
    layout->addWidget(m_message);

    connect(m_addTarget, &QPushButton::clicked, m_editor, &TargetsEditor::addTarget);
    connect(m_removeTarget, &QPushButton::clicked, this, [this] { m_editor->removeTarget(currentTargetRow()); });
    connect(m_addCriterion, &QPushButton::clicked, this, [this] { m_editor->addCriterion(currentTargetRow()); });
    connect(m_removeCriterion, &QPushButton::clicked, this, [this] {
        m_editor->removeCriterion(currentTargetRow(), m_criterionView->currentIndex().row());
    });
    connect(m_copyToNextYear, &QPushButton::clicked, this, [this] {
        if (m_editor->copyToNextYear())
            Q_EMIT yearCreated(m_year + 1);
    });
    connect(m_editor, &TargetsEditor::refused, m_message, &QLabel::setText);
    connect(m_editor, &TargetsEditor::changed, this, [this](int year) {
        m_message->clear();
        if (year == m_year)
            reload();
        Q_EMIT targetsChanged(year);
    });
    connect(m_targetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TargetsPage::showCriteria);
    retranslate();
    reload();
}

int TargetsPage::currentTargetRow() const
{
    return m_targetView->currentIndex().isValid() ? m_targetView->currentIndex().row() : -1;
}

void TargetsPage::setYear(int year)
{
    m_year = year;
    m_editor->setYear(year);
    reload();
}

void TargetsPage::reload()
{
    const int row = qMax(0, currentTargetRow());
    m_targetModel->setTargets(m_workspace.targets().forYear(m_year), m_workspace.indicators().all());
    m_targetView->resizeColumnsToContents();
    m_targetView->resizeRowsToContents();
    if (m_targetModel->rowCount() > 0)
        m_targetView->setCurrentIndex(m_targetModel->index(qMin(row, m_targetModel->rowCount() - 1), 0));
    showCriteria();
}

void TargetsPage::showCriteria()
{
    const int row = currentTargetRow();
    const bool valid = row >= 0 && row < m_targetModel->rowCount();
    m_criterionModel->setCriteria(valid ? m_targetModel->targetAt(row).criteria : QList<Criterion>{},
                                  m_workspace.indicators().all());
    m_criterionView->resizeColumnsToContents();
    m_criteriaTitle->setText(valid ? tr("<b>Judged on</b> (target %1: %2)")
                                         .arg(m_targetModel->targetAt(row).ordinal)
                                         .arg(m_targetModel->targetAt(row).title().toHtmlEscaped())
                                   : tr("<b>Judged on</b>"));
}

void TargetsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TargetsPage::retranslate()
{
    m_addTarget->setText(tr("Add target"));
    m_removeTarget->setText(tr("Remove target"));
    m_addCriterion->setText(tr("Add criterion"));
    m_removeCriterion->setText(tr("Remove criterion"));
    m_copyToNextYear->setText(tr("Copy to next year"));
    m_copyToNextYear->setToolTip(tr("Start next year's targets as a copy of this year's"));
    if (m_readOnly) {
        for (QPushButton *button : {m_addTarget, m_removeTarget, m_addCriterion, m_removeCriterion, m_copyToNextYear})
            ReadOnlyNotice::greyOut(button);
    }
}

} // namespace zhibiao
