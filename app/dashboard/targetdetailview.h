#pragma once

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace zhibiao {

class CityComparison;
class CriterionPanel;
class ProgressSeries;

// The detail of one target on the dashboard: its title, the target as
// written, the verdict as of the chosen period, and a chart with its
// figures per criterion (energy "dual control" and ecology have two, side
// by side), each with where the district stands in the city. Shows core's
// series and the city's table; computes nothing. Going back to the tiles
// is the dashboard's job: this view only asks for it.
class TargetDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit TargetDetailView(QWidget *parent = nullptr);

    // comparison: the city's table of the year (ProgressEngine::comparison()).
    void setSeries(const ProgressSeries &series, const CityComparison &comparison);
    int ordinal() const { return m_ordinal; }
    QList<CriterionPanel *> panels() const { return m_panels; }

Q_SIGNALS:
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPushButton *m_back;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_asOf;
    QHBoxLayout *m_panelsLayout;
    QList<CriterionPanel *> m_panels;
    int m_ordinal = 0;
};

} // namespace zhibiao
