#include "app/city/comparisonunitsdialog.h"

#include "app/city/changecomparisonunitscommand.h"
#include "app/city/unitnamedelegate.h"
#include "app/file/readonlynotice.h"
#include "core/domain/usererror.h"
#include "core/models/comparisonunittablemodel.h"
#include "core/storage/workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// A code no unit has: units are found by their names, the code only keeps
// them apart in the database.
QString freeCode(const QList<ComparisonUnit> &units)
{
    for (int n = 1;; ++n) {
        const QString code = u"unit%1"_s.arg(n);
        if (std::ranges::none_of(units, [&code](const ComparisonUnit &unit) { return unit.code == code; }))
            return code;
    }
}

} // namespace

ComparisonUnitsDialog::ComparisonUnitsDialog(Workspace &workspace, QUndoStack &undoStack, Written written,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_written(std::move(written))
    , m_readOnly(workspace.database().isReadOnly())
    , m_model(new ComparisonUnitTableModel(this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_own(new QPushButton(this))
    , m_city(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"comparisonUnitsDialog"_s);
    m_view->setObjectName(u"comparisonUnits"_s);
    m_message->setObjectName(u"unitsMessage"_s);
    m_add->setObjectName(u"addUnit"_s);
    m_remove->setObjectName(u"removeUnit"_s);
    m_up->setObjectName(u"moveUnitUp"_s);
    m_down->setObjectName(u"moveUnitDown"_s);
    m_own->setObjectName(u"markOwnDistrict"_s);
    m_city->setObjectName(u"markCity"_s);
    m_hint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model->setEditable(!m_readOnly);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new UnitNameDelegate(
        [this](const QModelIndex &index, const QString &text) { renameFromTable(index, text); }, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_remove, m_up, m_down, m_own, m_city})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *table = new QHBoxLayout;
    table->addWidget(m_view, 1);
    table->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(table, 1);
    layout->addWidget(m_message);
    resize(640, 420);

    if (m_readOnly) {
        for (QPushButton *button : {m_add, m_remove, m_up, m_down, m_own, m_city})
            ReadOnlyNotice::greyOut(button);
    }
    connect(m_add, &QPushButton::clicked, this, &ComparisonUnitsDialog::addFromButton);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeUnit(selectedCode()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveUnit(selectedCode(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveUnit(selectedCode(), 1); });
    connect(m_own, &QPushButton::clicked, this, [this] { markOwnDistrict(selectedCode()); });
    connect(m_city, &QPushButton::clicked, this, [this] { markCity(selectedCode()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComparisonUnitsDialog::updateButtons);
    retranslate();
    reload();
}

void ComparisonUnitsDialog::reload()
{
    const QString current = selectedCode();
    m_model->setUnits(m_workspace.comparison().units());
    m_view->resizeColumnsToContents();
    const int row = m_model->rowOf(current);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(qMax(0, row), 0));
    updateButtons();
}

QString ComparisonUnitsDialog::selectedCode() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return {};
    return m_model->units().at(current.row()).code;
}

void ComparisonUnitsDialog::updateButtons()
{
    if (m_readOnly)
        return;
    const int row = m_model->rowOf(selectedCode());
    const bool any = row >= 0;
    m_remove->setEnabled(any);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(any && row < m_model->rowCount() - 1);
    const ComparisonUnit *unit = any ? &m_model->units().at(row) : nullptr;
    m_own->setEnabled(unit && !unit->ownDistrict);
    m_city->setEnabled(unit && unit->kind != ComparisonUnit::Kind::City);
}

void ComparisonUnitsDialog::addFromButton()
{
    // A new unit starts with a name to type over, right in the table.
    const QList<ComparisonUnit> units = m_model->units();
    QString nameZh;
    QString nameEn;
    for (int n = 1; nameZh.isEmpty(); ++n) {
        const QString candidate = tr("New unit %1").arg(n);
        if (std::ranges::none_of(units, [&](const ComparisonUnit &unit) { return unit.nameZh == candidate; })) {
            nameZh = candidate;
            nameEn = u"New unit %1"_s.arg(n);
        }
    }
    if (addUnit(nameZh, nameEn))
        m_view->edit(m_model->index(m_model->rowCount() - 1, ComparisonUnitTableModel::NameZhColumn));
}

bool ComparisonUnitsDialog::addUnit(const QString &nameZh, const QString &nameEn)
{
    QList<ComparisonUnit> after = m_model->units();
    const QString code = freeCode(after);
    after.append(ComparisonUnit{code, nameZh.trimmed(), nameEn.trimmed(), ComparisonUnit::Kind::County, false, 0});
    //: Undo menu text: %1 a comparison unit's name
    return commit(after, tr("Add comparison unit %1").arg(nameZh.trimmed()), code);
}

void ComparisonUnitsDialog::renameFromTable(const QModelIndex &index, const QString &text)
{
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return;
    const ComparisonUnit &unit = m_model->units().at(index.row());
    if (index.column() == ComparisonUnitTableModel::NameZhColumn)
        renameUnit(unit.code, text, unit.nameEn);
    else if (index.column() == ComparisonUnitTableModel::NameEnColumn)
        renameUnit(unit.code, unit.nameZh, text);
}

bool ComparisonUnitsDialog::renameUnit(const QString &code, const QString &nameZh, const QString &nameEn)
{
    QList<ComparisonUnit> after = m_model->units();
    const auto unit = std::ranges::find(after, code, &ComparisonUnit::code);
    if (unit == after.end())
        return false;
    if (unit->nameZh == nameZh.trimmed() && unit->nameEn == nameEn.trimmed())
        return true;
    const QString before = unit->name();
    unit->nameZh = nameZh.trimmed();
    unit->nameEn = nameEn.trimmed();
    //: Undo menu text: %1 a comparison unit's name before the change
    return commit(after, tr("Rename comparison unit %1").arg(before), code);
}

bool ComparisonUnitsDialog::markOwnDistrict(const QString &code)
{
    QList<ComparisonUnit> after = m_model->units();
    const auto unit = std::ranges::find(after, code, &ComparisonUnit::code);
    if (unit == after.end())
        return false;
    const QString name = unit->name();
    for (ComparisonUnit &each : after)
        each.ownDistrict = each.code == code;
    //: Undo menu text: %1 a comparison unit's name
    return commit(after, tr("Mark %1 as our district").arg(name), code);
}

bool ComparisonUnitsDialog::markCity(const QString &code)
{
    QList<ComparisonUnit> after = m_model->units();
    const auto unit = std::ranges::find(after, code, &ComparisonUnit::code);
    if (unit == after.end())
        return false;
    const QString name = unit->name();
    for (ComparisonUnit &each : after)
        each.kind = each.code == code ? ComparisonUnit::Kind::City : ComparisonUnit::Kind::County;
    //: Undo menu text: %1 a comparison unit's name
    return commit(after, tr("Mark %1 as the city as a whole").arg(name), code);
}

bool ComparisonUnitsDialog::moveUnit(const QString &code, int steps)
{
    QList<ComparisonUnit> after = m_model->units();
    const int from = m_model->rowOf(code);
    const int to = std::clamp(from + steps, 0, int(after.size()) - 1);
    if (from < 0 || from == to)
        return from >= 0;
    after.move(from, to);
    //: Undo menu text: %1 a comparison unit's name
    return commit(after, tr("Move comparison unit %1").arg(after.at(to).name()), code);
}

bool ComparisonUnitsDialog::removeUnit(const QString &code)
{
    QList<ComparisonUnit> after = m_model->units();
    const auto unit = std::ranges::find(after, code, &ComparisonUnit::code);
    if (unit == after.end())
        return false;
    const QString name = unit->name();
    after.erase(unit);
    //: Undo menu text: %1 a comparison unit's name
    return commit(after, tr("Remove comparison unit %1").arg(name), {});
}

bool ComparisonUnitsDialog::commit(QList<ComparisonUnit> after, const QString &undoText, const QString &selectCode)
{
    if (m_readOnly) {
        m_message->setText(ReadOnlyNotice::message());
        return false;
    }
    // The order on screen is the order stored.
    for (int i = 0; i < after.size(); ++i)
        after[i].sortOrder = i;
    const QList<ComparisonUnit> before = m_workspace.comparison().units();
    try {
        m_workspace.comparison().saveUnits(after);
    } catch (const UserError &error) {
        m_message->setText(error.message());
        reload(); // an edit typed in the table goes back to what is stored
        return false;
    }
    // The step outlives the dialog: it tells the dialog only while it is open.
    m_undoStack.push(new ChangeComparisonUnitsCommand(
        m_workspace.comparison(), before, after,
        [dialog = QPointer(this), written = m_written](const QString &error) {
            if (dialog) {
                dialog->m_message->setText(error);
                dialog->reload();
            }
            if (written)
                written(error);
        },
        undoText));
    m_message->clear();
    m_model->setUnits(m_workspace.comparison().units());
    if (const int row = m_model->rowOf(selectCode); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
    if (m_written)
        m_written({});
    return true;
}

void ComparisonUnitsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ComparisonUnitsDialog::retranslate()
{
    setWindowTitle(tr("Comparison units"));
    m_hint->setText(m_readOnly ? ReadOnlyNotice::message()
                               : tr("The units the city's comparison tables list, in their order. Type a name in the "
                                    "table to change it: the city's tables are recognised by the Chinese names. Each "
                                    "change is stored at once; Ctrl+Z (Edit → Undo) takes it back."));
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("&Remove"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move &down"));
    m_own->setText(tr("&Our district"));
    m_own->setToolTip(m_readOnly ? ReadOnlyNotice::whyGreyed() : tr("The unit whose rank the dashboard shows"));
    m_city->setText(tr("The &city"));
    m_city->setToolTip(m_readOnly ? ReadOnlyNotice::whyGreyed()
                                  : tr("The city as a whole: the others' growth is measured against it"));
    m_close->setText(tr("Close"));
}

} // namespace zhibiao
