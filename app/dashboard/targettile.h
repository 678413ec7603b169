#pragma once

#include "core/progress/progressseries.h"

#include <QColor>
#include <QFrame>
#include <QList>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace zhibiao {

class CompletionBar;
class Sparkline;

// One target on the dashboard: its title and the target as written, the
// verdict in words and colour, and per criterion the actual figure, the
// gap, where the district stands in the city (when the city's table has
// the indicator), what is missing, the quarter-end trend and, for amounts,
// completion against time progress. Shows a ProgressSeries; computes nothing. Clicking
// it (or Enter/Space) asks for the target's detail view.
class TargetTile : public QFrame
{
    Q_OBJECT

public:
    explicit TargetTile(QWidget *parent = nullptr);

    void setSeries(const ProgressSeries &series);
    const std::optional<ProgressSeries> &series() const { return m_series; }
    int ordinal() const { return m_series ? m_series->target().ordinal : 0; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void activated(int ordinal);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The labels of one criterion, rebuilt only when the number of criteria changes.
    struct Block
    {
        QLabel *name;
        QLabel *headline;
        QLabel *secondary;
        QLabel *gap;
        QLabel *light; // the early-warning light in words, its threshold on hover
        QLabel *standingPeriod; // the city's table is of an earlier period than the tile's
        QLabel *standing;
        QLabel *missing;
        QLabel *completion;
        CompletionBar *completionBar;
        Sparkline *trend;
    };

    Block makeBlock();
    void fillBlock(const Block &block, qsizetype criterion);
    void fillStanding(const Block &block, const std::optional<CityStanding> &standing);

    std::optional<ProgressSeries> m_series;
    QLabel *m_title;
    QLabel *m_statement;
    QLabel *m_status;
    QLabel *m_warnings;
    QVBoxLayout *m_blocksLayout;
    QList<Block> m_blocks;
    QColor m_accent;
};

} // namespace zhibiao
