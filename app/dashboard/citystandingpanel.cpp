#include "app/dashboard/citystandingpanel.h"

#include "app/dashboard/cityrankingchartbuilder.h"
#include "core/domain/indicator.h"
#include "core/progress/citycomparison.h"
#include "core/progress/standingtext.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

#include <memory>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// setChart hands the old chart back rather than deleting it; an empty
// chart (the view's to own) stands in where there is nothing to draw.
void replaceChart(QChartView *view, std::unique_ptr<QChart> chart)
{
    const std::unique_ptr<QChart> previous(view->chart());
    view->setChart(chart ? chart.release() : new QChart);
}

} // namespace

CityStandingPanel::CityStandingPanel(QWidget *parent)
    : QWidget(parent)
    , m_ranking(new QChartView(this))
    , m_caption(new QLabel(this))
    , m_path(new QLabel(this))
{
    m_ranking->setObjectName(u"cityRankingChart"_s);
    m_ranking->setRenderHint(QPainter::Antialiasing);
    m_ranking->setFrameShape(QFrame::NoFrame);
    m_ranking->setMinimumHeight(300); // nine units' names, one above the other
    m_caption->setObjectName(u"cityStandingCaption"_s);
    m_path->setObjectName(u"rankPath"_s);
    for (QLabel *label : {m_caption, m_path}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ranking, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_path);
}

void CityStandingPanel::setComparison(const CityComparison &comparison, const Indicator &indicator, int month,
                                      const std::optional<CityStanding> &standing)
{
    std::unique_ptr<QChart> ranking = CityRankingChartBuilder::build(comparison, indicator, month);
    m_hasFigures = ranking != nullptr;
    replaceChart(m_ranking, std::move(ranking));
    const QString path = rankPathText(comparison.quarterPath(indicator.code, month));
    //: Under the ranking chart: the district's rank at each quarter end, e.g. "Rank by quarter: Q1 5th → H1 3rd"
    m_path->setText(path.isEmpty() ? QString() : tr("Rank by quarter: %1").arg(path));
    m_path->setVisible(!path.isEmpty());
    m_caption->setText(standing ? standingText(*standing) : QString());
    m_caption->setVisible(standing.has_value());
    setVisible(m_hasFigures);
}

} // namespace zhibiao
