#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace zhibiao {

class CityComparison;
class CityStandingPanel;
class ProgressSeries;
class ProgressTableModel;

// One criterion in a target's detail view: its progress chart (built by
// ProgressChartBuilder), what is missing when there is nothing to draw,
// beside it where the district stands in the city (CityStandingPanel, when
// the city's table has the indicator), and below them the figures behind the chart quarter by quarter and, for a
// monthly indicator, month by month. Offers the chart as PNG or SVG from
// its context menu. Shows core's series; computes nothing.
class CriterionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionPanel(QWidget *parent = nullptr);

    // comparison: the city's table of the year (ProgressEngine::comparison()).
    void setSeries(const ProgressSeries &series, qsizetype criterion, const CityComparison &comparison);

    QChartView *chartView() const { return m_chartView; }
    CityStandingPanel *cityStanding() const { return m_cityStanding; }
    ProgressTableModel *quarterModel() const { return m_quarterModel; }
    ProgressTableModel *monthModel() const { return m_monthModel; }
    // Whether the chart is shown, rather than the note of what is missing.
    bool showsChart() const;
    // Saves the chart; the format follows the suffix (.svg, else PNG).
    bool exportChart(const QString &path) const;

private:
    void showChartMenu(const QPoint &position);
    void exportWithDialog(const QString &suffix);

    QLabel *m_status;
    QLabel *m_note;
    QStackedWidget *m_chartStack;
    QChartView *m_chartView;
    QLabel *m_emptyState;
    CityStandingPanel *m_cityStanding;
    QTabWidget *m_tables;
    QTableView *m_quarterView;
    QTableView *m_monthView;
    ProgressTableModel *m_quarterModel;
    ProgressTableModel *m_monthModel;
    QString m_fileStem; // suggested export name: indicator and year
};

} // namespace zhibiao
