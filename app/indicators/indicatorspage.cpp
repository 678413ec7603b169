#include "app/indicators/indicatorspage.h"

#include "app/file/readonlynotice.h"
#include "app/indicators/changeindicatorcommand.h"
#include "app/indicators/indicatordialog.h"
#include "core/domain/usererror.h"
#include "core/models/indicatortablemodel.h"
#include "core/storage/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

std::optional<Indicator> askWithDialog(QWidget *parent, const std::optional<Indicator> &existing,
                                       const IndicatorUse &use, const QList<Indicator> &others, int year)
{
    IndicatorDialog dialog(existing, use, others, year, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.indicator();
}

} // namespace

IndicatorsPage::IndicatorsPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_form(askWithDialog)
    , m_year(workspace.district().currentYear)
    , m_model(new IndicatorTableModel(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_retire(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_readOnly(workspace.database().isReadOnly())
{
    m_view->setObjectName(u"indicatorView"_s);
    m_message->setObjectName(u"indicatorsMessage"_s);
    m_add->setObjectName(u"addIndicator"_s);
    m_edit->setObjectName(u"editIndicator"_s);
    m_retire->setObjectName(u"retireIndicator"_s);
    m_remove->setObjectName(u"removeIndicator"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &IndicatorsPage::askAndAdd);
    connect(m_edit, &QPushButton::clicked, this, &IndicatorsPage::askAndEdit);
    connect(m_view, &QTableView::doubleClicked, this, &IndicatorsPage::askAndEdit);
    connect(m_retire, &QPushButton::clicked, this, [this] {
        if (const auto indicator = selected())
            toggleRetired(indicator->code);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto indicator = selected())
            removeIndicator(indicator->code);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IndicatorsPage::updateButtons);
    retranslate();
    reload();
}

void IndicatorsPage::reload()
{
    const std::optional<Indicator> current = selected();
    m_model->setIndicators(m_workspace.indicators().all());
    m_view->resizeColumnsToContents();
    // The aliases take the room left (their full list is the tooltip).
    m_view->setColumnWidth(IndicatorTableModel::AliasesColumn, 200);
    const int row = current ? m_model->rowOf(current->code) : -1;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMax(0, row), 0));
    updateButtons();
}

std::optional<Indicator> IndicatorsPage::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->indicatorAt(current.row());
}

QList<Indicator> IndicatorsPage::othersThan(const QString &code) const
{
    QList<Indicator> others = m_workspace.indicators().all();
    others.removeIf([&](const Indicator &indicator) { return indicator.code == code; });
    return others;
}

void IndicatorsPage::askAndAdd()
{
    if (const auto indicator = m_form(this, std::nullopt, IndicatorUse{}, othersThan({}), m_year))
        addIndicator(*indicator);
}

void IndicatorsPage::askAndEdit()
{
    const auto current = selected();
    if (!current || m_readOnly) // a double click on a read-only file's row
        return;
    const IndicatorUse use = m_workspace.indicators().use(current->code);
    if (const auto edited = m_form(this, current, use, othersThan(current->code), m_year))
        editIndicator(current->code, *edited);
}

bool IndicatorsPage::addIndicator(const Indicator &indicator)
{
    //: Undo menu text: %1 the indicator's code
    return commit(std::nullopt, indicator, tr("Add indicator %1").arg(indicator.code));
}

bool IndicatorsPage::editIndicator(const QString &code, const Indicator &indicator)
{
    const auto before = m_workspace.indicators().find(code);
    if (!before)
        return false;
    return commit(before, indicator, tr("Edit indicator %1").arg(code));
}

bool IndicatorsPage::toggleRetired(const QString &code)
{
    const auto before = m_workspace.indicators().find(code);
    if (!before)
        return false;
    Indicator after = *before;
    after.retiredFrom = before->retiredFrom == 0 ? m_year + 1 : 0;
    const QString text = after.retiredFrom != 0 ? tr("Retire indicator %1").arg(code)
                                                : tr("Bring back indicator %1").arg(code);
    if (!commit(before, after, text))
        return false;
    m_message->setText(after.retiredFrom != 0
                           //: %1 indicator name, %2 a year
                           ? tr("%1 is retired from %2: its figures stay, and later years leave it out. Undo brings "
                                "it back.")
                                 .arg(after.name())
                                 .arg(after.retiredFrom)
                           : tr("%1 is tracked again.").arg(after.name()));
    return true;
}

bool IndicatorsPage::removeIndicator(const QString &code)
{
    const auto before = m_workspace.indicators().find(code);
    if (!before)
        return false;
    return commit(before, std::nullopt, tr("Delete indicator %1").arg(code));
}

bool IndicatorsPage::commit(const std::optional<Indicator> &before, const std::optional<Indicator> &after,
                            const QString &text)
{
    if (before && after && *before == *after)
        return true;
    try {
        changeIndicator(m_workspace.indicators(), before, after);
    } catch (const UserError &error) {
        m_message->setText(error.message());
        return false;
    }
    m_message->clear();
    m_undoStack.push(new ChangeIndicatorCommand(
        m_workspace.indicators(), before, after,
        [this](const QString &error) {
            if (!error.isEmpty())
                m_message->setText(error);
            reload();
            Q_EMIT indicatorsChanged();
        },
        text));
    reload();
    if (after)
        m_view->setCurrentIndex(m_model->index(qMax(0, m_model->rowOf(after->code)), 0));
    Q_EMIT indicatorsChanged();
    return true;
}

void IndicatorsPage::updateButtons()
{
    const auto current = selected();
    m_edit->setEnabled(current.has_value());
    m_retire->setEnabled(current.has_value());
    m_remove->setEnabled(current.has_value());
    m_retire->setText(current && current->retiredFrom != 0 ? tr("&Bring back") : tr("&Retire"));
    if (m_readOnly) {
        for (QPushButton *button : {m_add, m_edit, m_retire, m_remove})
            ReadOnlyNotice::greyOut(button);
    }
}

void IndicatorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void IndicatorsPage::retranslate()
{
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Delete"));
    m_remove->setToolTip(tr("Only an indicator without figures or targets can be deleted; retire the others."));
    m_retire->setToolTip(tr("A retired indicator keeps its figures; later years leave it out."));
    updateButtons();
}

} // namespace zhibiao
