#include "app/dashboard/targetdetailview.h"

#include "app/dashboard/criterionpanel.h"
#include "app/dashboard/statusbadge.h"
#include "core/progress/progressseries.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace zhibiao {

using namespace Qt::StringLiterals;

TargetDetailView::TargetDetailView(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_panelsLayout(new QHBoxLayout)
{
    m_back->setObjectName(u"backButton"_s);
    m_title->setObjectName(u"detailTitle"_s);
    m_status->setObjectName(u"detailStatus"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    connect(m_back, &QPushButton::clicked, this, &TargetDetailView::backRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addSpacing(12);
    header->addWidget(m_title, 1);
    header->addWidget(m_asOf);
    header->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_panelsLayout, 1);
    m_panelsLayout->setSpacing(16);
}

void TargetDetailView::setSeries(const ProgressSeries &series, const CityComparison &comparison)
{
    const Target &target = series.target();
    m_ordinal = target.ordinal;
    //: Back from a target's detail to the dashboard's tiles
    m_back->setText(tr("← All targets"));
    m_back->setToolTip(tr("Back to the dashboard (Esc)"));
    //: Detail heading: target title and the target as written, e.g. "GDP: 增长8.5%"
    m_title->setText(tr("%1: %2").arg(target.title(), target.statement()));
    //: %1 the period the verdict is for, e.g. "Jan–Jun"
    m_asOf->setText(tr("As of %1").arg(series.asOf().monthLabel()));
    StatusBadge::apply(m_status, series.latest().status);

    // A panel per criterion; panels of a previous target with more criteria go.
    while (m_panels.size() > series.criterionCount()) {
        CriterionPanel *panel = m_panels.takeLast();
        m_panelsLayout->removeWidget(panel);
        panel->hide();
        panel->deleteLater(); // owned by this view until then
    }
    while (m_panels.size() < series.criterionCount()) {
        auto *panel = new CriterionPanel(this);
        panel->setObjectName(u"criterionPanel%1"_s.arg(m_panels.size()));
        m_panelsLayout->addWidget(panel, 1);
        m_panels.append(panel);
    }
    for (qsizetype c = 0; c < series.criterionCount(); ++c)
        m_panels.at(c)->setSeries(series, c, comparison);
}

void TargetDetailView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace zhibiao
