#include "app/entry/figuredelegate.h"

#include "core/models/entrygridmodel.h"

#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>

namespace zhibiao {

FigureDelegate::FigureDelegate(Submit submit, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_submit(std::move(submit))
{
}

void FigureDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    if (const auto *line = qobject_cast<QLineEdit *>(editor))
        m_submit(index, line->text());
}

namespace {

// A small padlock at the cell's left edge: an approved month, locked (the
// tooltip says it in words).
void paintLock(QPainter *painter, const QStyleOptionViewItem &option)
{
    const int height = qMax(8, option.rect.height() / 2);
    const int width = height * 3 / 4;
    const QRect body(option.rect.left() + 3, option.rect.center().y() - height / 2 + height / 3, width, height * 2 / 3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink = option.palette.color(QPalette::PlaceholderText);
    painter->setPen(QPen(ink, 1.2));
    painter->drawArc(QRectF(body.left() + width * 0.2, body.top() - height * 0.4, width * 0.6, height * 0.7), 0, 180 * 16);
    painter->fillRect(body, ink);
    painter->restore();
}

} // namespace

void FigureDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!(index.flags() & Qt::ItemIsEnabled)) {
        // A month this indicator is not published in (GDP in May): hatched
        // grey, so it reads as "not here" rather than "missing".
        painter->fillRect(option.rect, QBrush(option.palette.color(QPalette::Window), Qt::SolidPattern));
        painter->fillRect(option.rect, QBrush(option.palette.color(QPalette::Mid), Qt::BDiagPattern));
        return;
    }
    if (index.data(EntryGridModel::UnstoredRole).toBool()) {
        // Typed but not stored (the server is away): red italics in a
        // dashed frame, and the tooltip says so in words.
        QStyleOptionViewItem unstored = option;
        unstored.font.setItalic(true);
        unstored.palette.setColor(QPalette::Text, QColor(0xD5, 0x5E, 0x00));
        unstored.palette.setColor(QPalette::HighlightedText, QColor(0xD5, 0x5E, 0x00));
        QStyledItemDelegate::paint(painter, unstored, index);
        painter->save();
        painter->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1, Qt::DashLine));
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        painter->restore();
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
    if (index.data(EntryGridModel::LockedRole).toBool())
        paintLock(painter, option);
    const bool hasNote = index.data(EntryGridModel::HasNoteRole).toBool();
    const bool revised = index.data(EntryGridModel::RevisionCountRole).toInt() > 1;
    if (!hasNote && !revised)
        return;
    // Notes in orange, revisions in blue (distinct for colour-blind users by
    // the tooltip's words; the mark only says "look here").
    const int size = qMax(6, option.rect.height() / 4);
    const QRect r = option.rect;
    QPainterPath corner;
    corner.moveTo(r.right() - size, r.top());
    corner.lineTo(r.right(), r.top());
    corner.lineTo(r.right(), r.top() + size);
    corner.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(corner, hasNote ? QColor(0xE6, 0x9F, 0x00) : QColor(0x00, 0x72, 0xB2));
    painter->restore();
}

} // namespace zhibiao
