#include "app/dashboard/tilegrid.h"

#include "app/dashboard/targettile.h"

#include <QGridLayout>
#include <QPaintEvent>
#include <QResizeEvent>
#include <QTimer>

#include <algorithm>

namespace zhibiao {

TileGrid::TileGrid(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
    , m_rest(new QTimer(this))
{
    m_layout->setSpacing(10);
    m_rest->setSingleShot(true);
    m_rest->setInterval(0);
    connect(m_rest, &QTimer::timeout, this, &TileGrid::placeRest);
}

void TileGrid::setTiles(const QList<TargetTile *> &tiles)
{
    for (TargetTile *tile : std::as_const(m_tiles)) {
        m_layout->removeWidget(tile);
        tile->hide();
        tile->deleteLater(); // a child until then
    }
    m_tiles = tiles;
    for (TargetTile *tile : tiles) {
        tile->setParent(this);
        tile->hide(); // shown when placed: a hidden widget costs no layout
    }
    m_placed = std::min<qsizetype>(tiles.size(), FirstBatch);
    m_rest->stop();
    arrange(columnsFor(width()), true);
}

void TileGrid::paintEvent(QPaintEvent *event)
{
    // The first screenfuls are on screen now: the rest may follow.
    if (m_placed < m_tiles.size() && !m_rest->isActive())
        m_rest->start();
    QWidget::paintEvent(event);
}

void TileGrid::placeRest()
{
    m_placed = m_tiles.size();
    arrange(m_columns, true);
}

int TileGrid::columnsFor(int width) const
{
    // Wide enough for a six-character Chinese figure in the tile's large font.
    const int minimumTileWidth = fontMetrics().averageCharWidth() * 28;
    return std::clamp(width / std::max(minimumTileWidth, 1), 1, MaxColumns);
}

void TileGrid::arrange(int columns, bool force)
{
    if (columns == m_columns && !force)
        return;
    for (int column = 0; column < MaxColumns; ++column)
        m_layout->setColumnStretch(column, column < columns ? 1 : 0);
    for (qsizetype i = 0; i < m_placed; ++i) {
        m_layout->removeWidget(m_tiles.at(i));
        m_layout->addWidget(m_tiles.at(i), int(i / columns), int(i % columns));
        m_tiles.at(i)->show();
    }
    // Rows take their tiles' height; the last row's stretch keeps them at the top.
    const int rows = int((m_placed + columns - 1) / columns);
    const int knownRows = std::max(m_layout->rowCount(), rows + 1); // setRowStretch adds rows
    for (int row = 0; row < knownRows; ++row)
        m_layout->setRowStretch(row, row == rows ? 1 : 0);
    m_columns = columns;
}

void TileGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(columnsFor(event->size().width()));
}

} // namespace zhibiao
