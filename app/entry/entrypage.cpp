#include "app/entry/entrypage.h"

#include "app/entry/entrygridview.h"
#include "app/entry/figuredelegate.h"
#include "app/entry/figureeditor.h"
#include "app/entry/revisionhistorydialog.h"
#include "app/file/readonlynotice.h"
#include "core/models/entrygridmodel.h"
#include "core/models/revisionhistorymodel.h"
#include "core/storage/workspace.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

EntryPage::EntryPage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new EntryGridModel(workspace.entries(), this))
    , m_view(new EntryGridView(this))
    , m_editor(new FigureEditor(*m_model, workspace.entries(), undoStack, workspace.indicators().all(), this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_view->setObjectName(u"entryGrid"_s);
    m_message->setObjectName(u"entryMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);

    m_model->setReadOnly(workspace.database().isReadOnly());
    m_model->setIndicators(workspace.indicators().all());
    m_model->setYear(workspace.district().currentYear);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FigureDelegate(
        [editor = m_editor](const QModelIndex &index, const QString &text) { editor->submitText(index, text); },
        m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    applySpans();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    m_editor->setWarningConfirmation([this](const QStringList &warnings) { return confirmWarnings(warnings); });
    m_editor->setConflictChoice([this](const QStringList &conflicts) { return storeMineOverTheirs(conflicts); });
    connect(m_editor, &FigureEditor::refused, this, &EntryPage::showRefusal);
    connect(m_editor, &FigureEditor::stored, this, [this](int count) {
        m_message->setText(tr("Stored %n figure(s).", nullptr, count));
    });
    connect(m_view, &EntryGridView::pasteRequested, this, [this](const QModelIndex &topLeft) {
        m_editor->paste(topLeft, QGuiApplication::clipboard()->text());
    });
    connect(m_view, &EntryGridView::clearRequested, m_editor, &FigureEditor::clear);
    connect(m_view, &EntryGridView::historyRequested, this, &EntryPage::showHistory);
    // Figures typed while the server was away are stored once it is back.
    connect(&workspace.connection(), &ConnectionKeeper::restored, m_editor, &FigureEditor::storeUnstored);
    retranslate();
}

void EntryPage::setYear(int year)
{
    m_model->setYear(year);
    applySpans();
}

void EntryPage::reloadIndicators()
{
    const QList<Indicator> indicators = m_workspace.indicators().all();
    if (indicators == m_model->indicators())
        return; // no reset: the current cell and a value being typed stay
    m_editor->setIndicators(indicators);
    m_model->setIndicators(indicators);
    applySpans();
}

void EntryPage::applySpans()
{
    m_view->clearSpans();
    for (int row = 0; row < m_model->rowCount();) {
        int span = 1;
        while (row + span < m_model->rowCount() && !m_model->row(row + span).firstOfIndicator)
            ++span;
        if (span > 1)
            m_view->setSpan(row, EntryGridModel::IndicatorColumn, span, 1);
        row += span;
    }
    m_view->resizeColumnsToContents();
    // The months share the width left by the two label columns.
    for (int column = EntryGridModel::FirstMonthColumn; column < m_model->columnCount(); ++column)
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void EntryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EntryPage::retranslate()
{
    m_hint->setText(m_model->isReadOnly()
                        ? ReadOnlyNotice::message() + u' ' + tr("Right-click a cell for its history.")
                        : tr("Type a year-to-date figure and press Enter: it is stored at once. Paste a block copied "
                             "from Excel or WPS with Ctrl+V. Ctrl+Z undoes. Right-click a cell for its history."));
    // Indicator names and labels come from data in both languages.
    m_model->setYear(m_model->year());
    applySpans();
}

void EntryPage::showRefusal(const QStringList &reasons, const QModelIndex &index)
{
    m_message->setText(reasons.join(u'\n'));
    if (index.isValid() && m_view->isVisible()) {
        const QRect cell = m_view->visualRect(index);
        QToolTip::showText(m_view->viewport()->mapToGlobal(cell.bottomLeft()), reasons.first(), m_view->viewport(),
                           cell, 8000);
    }
}

std::optional<QString> EntryPage::confirmWarnings(const QStringList &warnings)
{
    bool accepted = false;
    const QString note = QInputDialog::getText(
        this, tr("Unusual figures"),
        tr("%1\n\nIf the figures are right, say why in a note (kept with the figures):").arg(warnings.join(u'\n')),
        QLineEdit::Normal, QString(), &accepted);
    if (!accepted || note.trimmed().isEmpty())
        return std::nullopt;
    return note.trimmed();
}

bool EntryPage::storeMineOverTheirs(const QStringList &conflicts)
{
    QMessageBox ask(QMessageBox::Question, tr("Changed by someone else"),
                    tr("While you were editing, someone else stored other figures here:\n\n%1\n\nStore yours over "
                       "theirs, or keep theirs?")
                        .arg(conflicts.join(u'\n')),
                    QMessageBox::NoButton, this);
    ask.setObjectName(u"conflictQuestion"_s);
    QPushButton *mine = ask.addButton(tr("Store mine"), QMessageBox::AcceptRole);
    ask.addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    ask.setDefaultButton(mine);
    ask.exec();
    return ask.clickedButton() == mine;
}

void EntryPage::showHistory(const QModelIndex &index)
{
    const auto key = m_model->keyAt(index);
    if (!key)
        return;
    auto *model = new RevisionHistoryModel;
    model->setHistory(m_workspace.entries().history(*key), m_model->row(index.row()).field);
    RevisionHistoryDialog dialog(m_editor->cellName(index), model, this);
    dialog.exec();
}

} // namespace zhibiao
