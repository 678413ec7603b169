#include "app/dashboard/dashboardview.h"

#include "app/dashboard/targetdetailview.h"
#include "app/dashboard/targettile.h"
#include "app/dashboard/tilegrid.h"
#include "core/progress/statusstyle.h"
#include "core/progress/yearprogress.h"
#include "core/storage/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace zhibiao {

using namespace Qt::StringLiterals;

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_year(workspace.district().currentYear)
    , m_stack(new QStackedWidget(this))
    , m_overview(new QWidget(m_stack))
    , m_title(new QLabel(m_overview))
    , m_asOfLabel(new QLabel(m_overview))
    , m_asOfSelector(new QComboBox(m_overview))
    , m_summary(new QLabel(m_overview))
    , m_emptyState(new QFrame(m_overview))
    , m_emptyText(new QLabel(m_emptyState))
    , m_openEntryScreen(new QPushButton(m_emptyState))
    , m_scroll(new QScrollArea(m_overview))
    , m_grid(new TileGrid(m_scroll))
    , m_detail(new TargetDetailView(m_stack))
{
    m_title->setObjectName(u"dashboardTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_asOfSelector->setObjectName(u"asOfSelector"_s);
    m_asOfLabel->setBuddy(m_asOfSelector);
    m_summary->setObjectName(u"summary"_s);
    m_emptyState->setObjectName(u"emptyState"_s);
    // One note per dashboard: a style sheet costs nothing here (tiles use palettes).
    m_emptyState->setStyleSheet(
        u"#emptyState { background: #FFF8E1; border: 1px solid #E0C060; border-radius: 4px; }"_s);
    m_emptyText->setObjectName(u"emptyStateText"_s);
    m_emptyText->setWordWrap(true);
    m_openEntryScreen->setObjectName(u"openEntryScreen"_s);
    connect(m_openEntryScreen, &QPushButton::clicked, this, &DashboardView::entryScreenRequested);
    connect(m_asOfSelector, &QComboBox::activated, this, [this](int index) {
        m_chosenAsOf = Period::fromMonth(m_asOfSelector->itemData(index).toInt());
        reload();
    });

    auto *emptyLayout = new QHBoxLayout(m_emptyState);
    emptyLayout->addWidget(m_emptyText, 1);
    emptyLayout->addWidget(m_openEntryScreen);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(24);
    header->addWidget(m_asOfLabel);
    header->addWidget(m_asOfSelector);
    header->addSpacing(24);
    header->addWidget(m_summary, 1);
    m_scroll->setObjectName(u"tileScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_grid);
    auto *overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->addLayout(header);
    overviewLayout->addWidget(m_emptyState);
    overviewLayout->addWidget(m_scroll, 1);

    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_detail, &TargetDetailView::backRequested, this, &DashboardView::closeDetail);
    connect(&workspace.entries(), &EntryRepository::entriesChanged, this, &DashboardView::onEntriesChanged);

    retranslate();
    reload();
}

void DashboardView::setYear(int year)
{
    m_year = year;
    m_chosenAsOf.reset();
    closeDetail();
    reload();
}

void DashboardView::setAsOf(Period asOf)
{
    m_chosenAsOf = asOf;
    reload();
}

QList<TargetTile *> DashboardView::tiles() const
{
    return m_grid->tiles();
}

void DashboardView::onEntriesChanged(const QList<int> &years)
{
    // The year's verdicts read this year's figures and last year's.
    if (years.contains(m_year) || years.contains(m_year - 1))
        reload();
}

void DashboardView::reload()
{
    const YearProgress progress = loadYearProgress(m_workspace, m_year, m_chosenAsOf);
    const QList<Target> &targets = progress.targets;
    //: Dashboard heading: %1 district, %2 year. Chinese: 渌口区 2022年主要预期目标
    m_title->setText(tr("%1 — main targets for %2").arg(m_workspace.district().name()).arg(m_year));
    m_asOf = progress.asOf;
    m_comparison = progress.engine.comparison();
    fillAsOfSelector();

    if (targets != m_targets || m_grid->tiles().size() != targets.size()) {
        QList<TargetTile *> tiles;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            auto *tile = new TargetTile(m_grid);
            connect(tile, &TargetTile::activated, this, &DashboardView::openDetail);
            tiles.append(tile);
        }
        m_grid->setTiles(tiles);
        m_targets = targets;
    }
    std::map<Status, int> counts;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ProgressSeries &series = progress.series.at(i);
        m_grid->tiles().at(i)->setSeries(series);
        ++counts[series.latest().status];
        if (m_detailOrdinal == targets.at(i).ordinal)
            m_detail->setSeries(series, m_comparison);
    }
    const auto isOpen = [this](const Target &target) { return target.ordinal == m_detailOrdinal; };
    if (m_detailOrdinal && !std::ranges::any_of(targets, isOpen))
        closeDetail(); // its target is gone from the year

    QStringList summary;
    for (const auto &[status, count] : counts)
        //: Dashboard summary item: status and how many targets have it, e.g. "● On track: 6"
        summary.append(tr("%1: %2").arg(StatusStyle::label(status)).arg(count));
    m_summary->setText(summary.join(u"    "_s));
    updateEmptyState(progress.hasFigures());
}

void DashboardView::fillAsOfSelector()
{
    m_asOfSelector->clear();
    for (int month = Period::FirstMonth; month <= Period::LastMonth; ++month) {
        const Period period = *Period::fromMonth(month);
        //: "As of" choice at a quarter end: "Jan–Jun (H1)"
        const QString text = period.isQuarterEnd() ? tr("%1 (%2)").arg(period.monthLabel(), period.quarterLabel())
                                                   : period.monthLabel();
        m_asOfSelector->addItem(text, month);
    }
    m_asOfSelector->setCurrentIndex(m_asOfSelector->findData(m_asOf.month()));
}

void DashboardView::updateEmptyState(bool hasFigures)
{
    if (m_targets.isEmpty()) {
        m_emptyText->setText(tr("No targets have been set for %1 yet. Enter them on the Targets screen.").arg(m_year));
        m_openEntryScreen->hide();
    } else if (!hasFigures) {
        m_emptyText->setText(
            tr("No figures entered for %1 yet — open the monthly figures screen to enter them.").arg(m_year));
        m_openEntryScreen->show();
    }
    m_emptyState->setVisible(m_targets.isEmpty() || !hasFigures);
}

bool DashboardView::openDetail(int ordinal)
{
    for (TargetTile *tile : m_grid->tiles()) {
        if (tile->ordinal() == ordinal && tile->series()) {
            m_detailOrdinal = ordinal;
            m_detail->setSeries(*tile->series(), m_comparison);
            m_stack->setCurrentWidget(m_detail);
            m_detail->setFocus();
            return true;
        }
    }
    return false;
}

void DashboardView::closeDetail()
{
    const std::optional<int> wasOpen = m_detailOrdinal;
    m_detailOrdinal.reset();
    m_stack->setCurrentWidget(m_overview);
    // Back where the user left: on the tile they opened.
    for (TargetTile *tile : m_grid->tiles()) {
        if (wasOpen && tile->ordinal() == *wasOpen)
            tile->setFocus();
    }
}

TargetDetailView *DashboardView::openDetailView() const
{
    return m_stack->currentWidget() == m_detail ? m_detail : nullptr;
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // names from data and formatted figures change with the language too
    }
    QWidget::changeEvent(event);
}

void DashboardView::retranslate()
{
    m_asOfLabel->setText(tr("&As of:"));
    m_asOfSelector->setToolTip(tr("The month or quarter the verdicts are for"));
    m_openEntryScreen->setText(tr("Open monthly figures"));
}

} // namespace zhibiao
