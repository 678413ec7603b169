#include "app/city/citytablepage.h"

#include "app/city/peerfigureeditor.h"
#include "app/entry/entrygridview.h"
#include "app/entry/figuredelegate.h"
#include "app/file/readonlynotice.h"
#include "core/domain/period.h"
#include "core/models/peergridmodel.h"
#include "core/progress/defaultasof.h"
#include "core/progress/yearfigures.h"
#include "core/storage/workspace.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

CityTablePage::CityTablePage(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_year(workspace.district().currentYear)
    , m_model(new PeerGridModel(workspace.comparison(), this))
    , m_view(new EntryGridView(this))
    , m_editor(new PeerFigureEditor(*m_model, workspace.comparison(), undoStack, this))
    , m_monthLabel(new QLabel(this))
    , m_month(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_view->setObjectName(u"cityGrid"_s);
    m_month->setObjectName(u"cityMonth"_s);
    m_message->setObjectName(u"cityMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);
    m_monthLabel->setBuddy(m_month);

    m_view->setOffersHistory(false); // the city's figures keep no history
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FigureDelegate(
        [editor = m_editor](const QModelIndex &index, const QString &text) { editor->submitText(index, text); },
        m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));

    auto *period = new QHBoxLayout;
    period->addWidget(m_monthLabel);
    period->addWidget(m_month);
    period->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_month, &QComboBox::activated, this, [this] { setMonth(m_month->currentData().toInt()); });
    connect(m_editor, &PeerFigureEditor::refused, this, &CityTablePage::showRefusal);
    connect(m_editor, &PeerFigureEditor::stored, this, [this](int count) {
        m_message->setText(tr("Stored %n figure(s) of the city's table.", nullptr, count));
    });
    connect(m_editor, &PeerFigureEditor::cityFiguresChanged, this, &CityTablePage::cityFiguresChanged);
    connect(m_view, &EntryGridView::pasteRequested, this, [this](const QModelIndex &topLeft) {
        m_editor->paste(topLeft, QGuiApplication::clipboard()->text());
    });
    connect(m_view, &EntryGridView::clearRequested, m_editor, &PeerFigureEditor::clear);
    retranslate();
    setYear(m_year);
}

void CityTablePage::setYear(int year)
{
    m_year = year;
    // The period the dashboard opens on: the latest month with the
    // district's own figures, the year's end before any.
    const YearFigures figures(year, m_workspace.entries().forYear(year), m_workspace.entries().forYear(year - 1));
    m_model->setIndicators(m_workspace.indicators().all(), growthJudged(year));
    setMonth(defaultAsOf(figures).month());
}

void CityTablePage::setMonth(int month)
{
    m_model->setPeriod(m_year, month);
    m_month->setCurrentIndex(m_month->findData(month));
    m_view->resizeColumnsToContents();
    m_message->clear();
}

void CityTablePage::reload()
{
    m_model->setIndicators(m_workspace.indicators().all(), growthJudged(m_year));
}

QStringList CityTablePage::growthJudged(int year) const
{
    QStringList codes;
    for (const Target &target : m_workspace.targets().forYear(year)) {
        for (const Criterion &criterion : target.criteria) {
            if (criterion.kind == CriterionKind::GrowthAtLeast || criterion.kind == CriterionKind::DeclineAtLeast
                || criterion.kind == CriterionKind::GrowthAboveReference)
                codes.append(criterion.indicatorCode);
        }
    }
    return codes;
}

void CityTablePage::fillMonths()
{
    const int month = m_model->month();
    m_month->clear();
    for (int m = Period::FirstMonth; m <= Period::LastMonth; ++m)
        m_month->addItem(Period::fromMonth(m)->monthLabel(), m);
    m_month->setCurrentIndex(m_month->findData(month));
}

void CityTablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CityTablePage::retranslate()
{
    m_monthLabel->setText(tr("&Period:"));
    fillMonths();
    const bool readOnly = m_workspace.database().isReadOnly();
    m_hint->setText(readOnly ? ReadOnlyNotice::message()
                             : tr("The city statistics bureau's table by hand: type each unit's year-to-date growth in "
                                  "% and press Enter; it is stored at once and the dashboard's rank follows. Paste a "
                                  "block copied from Excel or WPS with Ctrl+V. Ctrl+Z undoes. File → Import "
                                  "figures… reads the table from its file instead."));
    m_model->setReadOnlyReason(readOnly ? ReadOnlyNotice::whyGreyed() : QString());
    // Unit and indicator names come from data in both languages.
    m_model->reload();
    m_view->resizeColumnsToContents();
}

void CityTablePage::showRefusal(const QStringList &reasons, const QModelIndex &index)
{
    m_message->setText(reasons.join(u'\n'));
    if (index.isValid() && m_view->isVisible()) {
        const QRect cell = m_view->visualRect(index);
        QToolTip::showText(m_view->viewport()->mapToGlobal(cell.bottomLeft()), reasons.join(u'\n'),
                           m_view->viewport(), cell, 8000);
    }
}

} // namespace zhibiao
