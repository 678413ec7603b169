#pragma once

#include <QWidget>

#include <optional>

class QLabel;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace zhibiao {

class CityComparison;
struct CityStanding;
struct Indicator;

// Where the district stands in the city on one criterion's indicator, in
// a target's detail view: the ranked bar chart of every county-level unit
// (CityRankingChartBuilder), and under it the district's standing and its
// rank at each quarter end in words (a row of two to four steps reads
// more plainly than a chart of them). Hidden for an indicator
// the city's table does not have. Shows core's comparison; computes nothing.
class CityStandingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CityStandingPanel(QWidget *parent = nullptr);

    // The table up to month; standing: the engine's for that period.
    void setComparison(const CityComparison &comparison, const Indicator &indicator, int month,
                       const std::optional<CityStanding> &standing);
    // Whether the city's table has the indicator (then the panel is shown).
    bool hasFigures() const { return m_hasFigures; }

    QChartView *rankingView() const { return m_ranking; }

private:
    QChartView *m_ranking;
    QLabel *m_caption;
    QLabel *m_path;
    bool m_hasFigures = false;
};

} // namespace zhibiao
