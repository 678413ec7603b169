#pragma once

#include "core/domain/period.h"
#include "core/domain/target.h"
#include "core/progress/citycomparison.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace zhibiao {

struct EntryKey;
class TargetDetailView;
class TargetTile;
class TileGrid;
class Workspace;

// The screen leadership looks at: one tile per target of the year with its
// verdict as of the chosen month or quarter, and a detail view per target
// with its quarterly chart and figures. Opens on the latest period with
// figures; follows every entry the moment it is recorded. Reads verdicts
// from ProgressEngine (through core's ProgressSeries); computes nothing.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(Workspace &workspace, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }

    // The period the verdicts are for: the user's choice, else the latest with figures.
    Period asOf() const { return m_asOf; }
    void setAsOf(Period asOf);
    QList<TargetTile *> tiles() const;
    // Shows the detail of the target with this ordinal; false when the year has none.
    bool openDetail(int ordinal);
    void closeDetail();
    // The detail view when it is the one shown, else nullptr.
    TargetDetailView *openDetailView() const;
    // Reads targets and figures again (another window changed the file),
    // keeping the chosen period and an open detail.
    void reload();

Q_SIGNALS:
    // The user asked to go and enter figures (from an empty state).
    void entryScreenRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onEntriesChanged(const QList<int> &years);
    void fillAsOfSelector();
    void updateEmptyState(bool hasFigures);
    void retranslate();

    Workspace &m_workspace;
    int m_year = 0;
    Period m_asOf = Period::yearEnd();
    std::optional<Period> m_chosenAsOf; // set once the user picks a period, until the year changes
    QList<Target> m_targets;
    std::optional<int> m_detailOrdinal;
    CityComparison m_comparison; // the city's table of the year, for the detail view

    QStackedWidget *m_stack;
    QWidget *m_overview;
    QLabel *m_title; // the district and the year (Edit → District settings… names it)
    QLabel *m_asOfLabel;
    QComboBox *m_asOfSelector;
    QLabel *m_summary;
    QFrame *m_emptyState;
    QLabel *m_emptyText;
    QPushButton *m_openEntryScreen;
    QScrollArea *m_scroll;
    TileGrid *m_grid;
    TargetDetailView *m_detail;
};

} // namespace zhibiao
