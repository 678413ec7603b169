#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QTimer;

namespace zhibiao {

class TargetTile;

// Lays the dashboard's tiles out row by row in target order, in as many
// columns as the width allows (at most five, so the ten targets of a year
// fill two rows at 1280 pixels, and fewer at 200% scaling). With many
// targets only the first screenfuls are laid out before the dashboard
// first paints; the rest follow once it has, so a large year does not hold
// up start-up (docs/performance.md). Places tiles;
// what they show is theirs.
class TileGrid : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxColumns = 5;
    // Tiles laid out at once: six rows of five, more than a screen holds.
    static constexpr int FirstBatch = 30;

    explicit TileGrid(QWidget *parent = nullptr);

    // Takes the tiles over (they become children) and drops the previous ones.
    void setTiles(const QList<TargetTile *> &tiles);
    const QList<TargetTile *> &tiles() const { return m_tiles; }
    int columns() const { return m_columns; }
    // How many tiles are laid out so far.
    qsizetype placedCount() const { return m_placed; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int columnsFor(int width) const;
    void arrange(int columns, bool force = false);
    void placeRest();

    QGridLayout *m_layout;
    QTimer *m_rest;
    QList<TargetTile *> m_tiles;
    qsizetype m_placed = 0;
    int m_columns = 0;
};

} // namespace zhibiao
