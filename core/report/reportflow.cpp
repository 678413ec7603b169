#include "core/report/reportflow.h"

#include "core/progress/statusstyle.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// Type sizes in points: read on paper at arm's length, and a summary table
// of ten targets in eight columns fits the width of A4.
constexpr double TitleSize = 15;
constexpr double HeadingSize = 12;
constexpr double SubheadingSize = 10;
constexpr double BodySize = 9.5;
constexpr double TableSize = 8.5;
constexpr double FooterSize = 7.5;

constexpr double CellPaddingMm = 1.2;
constexpr double FooterHeightMm = 8;

const QColor ink(0x20, 0x20, 0x20);
const QColor rule(0x9A, 0x9A, 0x9A);
const QColor headerFill(0xEC, 0xEF, 0xF3);
const QColor muted(0x55, 0x55, 0x55);

} // namespace

ReportFlow::ReportFlow(QPagedPaintDevice &device, QPainter *painter, const QString &fontFamily, const QString &footer,
                       int pageCount)
    : m_device(device)
    , m_painter(painter)
    , m_fontFamily(fontFamily)
    , m_footer(footer)
    , m_pageCount(pageCount)
    , m_content(0, 0, device.width(), device.height() - mm(FooterHeightMm))
{
}

double ReportFlow::mm(double millimetres) const
{
    return millimetres / 25.4 * m_device.logicalDpiY();
}

QFont ReportFlow::font(double pointSize, bool bold) const
{
    QFont font(m_fontFamily);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

double ReportFlow::textHeight(const QString &text, const QFont &font, double width, int flags) const
{
    const QFontMetricsF metrics(font, &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags | Qt::TextWordWrap, text).height();
}

void ReportFlow::ensureSpace(double height)
{
    // A block taller than a page starts on a fresh one and runs over.
    if (m_pageHasContent && m_y + height > m_content.bottom())
        newPage();
}

void ReportFlow::newPage()
{
    drawFooter();
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = m_content.top();
    m_pageHasContent = false;
}

void ReportFlow::pageBreak()
{
    if (m_pageHasContent)
        newPage();
}

void ReportFlow::drawFooter()
{
    if (!m_painter)
        return;
    const QFont footerFont = font(FooterSize);
    const double top = m_device.height() - mm(FooterHeightMm) + mm(3);
    const QRectF line(0, top, m_content.width(), mm(FooterHeightMm) - mm(3));
    m_painter->setPen(QPen(rule, mm(0.15)));
    m_painter->drawLine(QPointF(0, top - mm(1)), QPointF(m_content.width(), top - mm(1)));
    m_painter->setFont(footerFont);
    m_painter->setPen(muted);
    m_painter->drawText(line, Qt::AlignLeft | Qt::AlignTop, m_footer);
    //: Page footer of the PDF summary: "Page 2 of 5"
    m_painter->drawText(line, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(m_page).arg(m_pageCount));
}

int ReportFlow::finish()
{
    drawFooter();
    return m_page;
}

void ReportFlow::space(double millimetres)
{
    if (m_pageHasContent)
        m_y += mm(millimetres);
}

void ReportFlow::title(const QString &text)
{
    const QFont titleFont = font(TitleSize, true);
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    const double height = textHeight(text, titleFont, m_content.width(), flags);
    ensureSpace(height);
    if (m_painter) {
        m_painter->setFont(titleFont);
        m_painter->setPen(ink);
        m_painter->drawText(QRectF(0, m_y, m_content.width(), height), flags, text);
    }
    m_y += height;
    m_pageHasContent = true;
}

void ReportFlow::heading(const QString &text, const QString &statusText, std::optional<Status> status,
                         double keepWith)
{
    const QFont headingFont = font(HeadingSize, true);
    const QFontMetricsF metrics(headingFont, &m_device);
    const double statusWidth = statusText.isEmpty() ? 0 : metrics.horizontalAdvance(statusText) + mm(4);
    const double textWidth = m_content.width() - statusWidth;
    const double height = textHeight(text, headingFont, textWidth, Qt::AlignLeft) + mm(1.5);
    ensureSpace(height + mm(2) + keepWith);
    if (m_painter) {
        m_painter->setFont(headingFont);
        m_painter->setPen(ink);
        m_painter->drawText(QRectF(0, m_y, textWidth, height), Qt::AlignLeft | Qt::TextWordWrap, text);
        if (status)
            m_painter->setPen(StatusStyle::of(*status).text);
        m_painter->drawText(QRectF(textWidth, m_y, statusWidth, height), Qt::AlignRight | Qt::AlignTop, statusText);
        m_painter->setPen(QPen(rule, mm(0.3)));
        m_painter->drawLine(QPointF(0, m_y + height), QPointF(m_content.width(), m_y + height));
    }
    m_y += height + mm(2);
    m_pageHasContent = true;
}

void ReportFlow::subheading(const QString &text, double keepWith)
{
    const QFont subheadingFont = font(SubheadingSize, true);
    const double height = textHeight(text, subheadingFont, m_content.width(), Qt::AlignLeft);
    ensureSpace(height + mm(1) + keepWith);
    if (m_painter) {
        m_painter->setFont(subheadingFont);
        m_painter->setPen(ink);
        m_painter->drawText(QRectF(0, m_y, m_content.width(), height), Qt::AlignLeft | Qt::TextWordWrap, text);
    }
    m_y += height + mm(1);
    m_pageHasContent = true;
}

void ReportFlow::paragraph(const QString &text)
{
    const QFont bodyFont = font(BodySize);
    const int flags = Qt::AlignLeft | Qt::TextWordWrap;
    // Line by line, so a long note runs over to the next page rather than off this one.
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const double height = textHeight(line.isEmpty() ? u" "_s : line, bodyFont, m_content.width(), flags);
        ensureSpace(height);
        if (m_painter) {
            m_painter->setFont(bodyFont);
            m_painter->setPen(ink);
            m_painter->drawText(QRectF(0, m_y, m_content.width(), height), flags, line);
        }
        m_y += height;
        m_pageHasContent = true;
    }
}

QList<double> ReportFlow::columnWidths(const ReportTable &table) const
{
    QList<double> weights;
    for (qsizetype column = 0; column < table.header.size(); ++column)
        weights.append(table.width(column));
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<double> widths;
    for (const double weight : weights)
        widths.append(m_content.width() * weight / total);
    return widths;
}

double ReportFlow::rowHeight(const ReportTable &table, const QStringList &cells, const QFont &font,
                             const QList<double> &widths) const
{
    const double padding = mm(CellPaddingMm);
    double height = 0;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        const QString text = column < cells.size() ? cells.at(column) : QString();
        const int align = table.isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft;
        height = std::max(height, textHeight(text.isEmpty() ? u" "_s : text, font, widths.at(column) - 2 * padding,
                                             align));
    }
    return height + 2 * padding;
}

void ReportFlow::drawRow(const ReportTable &table, const QStringList &cells, qsizetype row, const QFont &font,
                         const QList<double> &widths, double height, bool header)
{
    if (!m_painter)
        return;
    const double padding = mm(CellPaddingMm);
    const QRectF band(0, m_y, m_content.width(), height);
    if (header)
        m_painter->fillRect(band, headerFill);
    m_painter->setFont(font);
    double x = 0;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        const QRectF cell(x, m_y, widths.at(column), height);
        const QString text = column < cells.size() ? cells.at(column) : QString();
        const std::optional<Status> status = header ? std::nullopt : table.statusAt(row, column);
        m_painter->setPen(status ? StatusStyle::of(*status).text : ink);
        const int align = (table.isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        m_painter->drawText(cell.adjusted(padding, padding, -padding, -padding), align | Qt::TextWordWrap, text);
        x += widths.at(column);
    }
    m_painter->setPen(QPen(rule, mm(header ? 0.3 : 0.1)));
    m_painter->drawLine(band.bottomLeft(), band.bottomRight());
    if (header)
        m_painter->drawLine(band.topLeft(), band.topRight());
}

double ReportFlow::tableStartHeight(const ReportTable &table, int rows) const
{
    const QList<double> widths = columnWidths(table);
    const QFont tableFont = font(TableSize);
    double height = rowHeight(table, table.header, font(TableSize, true), widths);
    for (qsizetype row = 0; row < std::min<qsizetype>(rows, table.rows.size()); ++row)
        height += rowHeight(table, table.rows.at(row), tableFont, widths);
    return height;
}

void ReportFlow::table(const ReportTable &table)
{
    const QList<double> widths = columnWidths(table);
    const QFont tableFont = font(TableSize);
    const QFont headerFont = font(TableSize, true);
    const double headerHeight = rowHeight(table, table.header, headerFont, widths);

    // The header with at least two rows, or the table moves to the next page.
    ensureSpace(tableStartHeight(table, 2));
    drawRow(table, table.header, -1, headerFont, widths, headerHeight, true);
    m_y += headerHeight;
    m_pageHasContent = true;
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const double height = rowHeight(table, table.rows.at(row), tableFont, widths);
        if (m_y + height > m_content.bottom()) {
            newPage();
            drawRow(table, table.header, -1, headerFont, widths, headerHeight, true);
            m_y += headerHeight;
            m_pageHasContent = true;
        }
        drawRow(table, table.rows.at(row), row, tableFont, widths, height, false);
        m_y += height;
    }
}

void ReportFlow::chart(double heightMm, const ChartDrawer &draw, double keepWith)
{
    const double height = mm(heightMm);
    ensureSpace(height + std::min(keepWith, m_content.height() / 3));
    if (m_painter) {
        m_painter->save();
        draw(*m_painter, QRectF(0, m_y, m_content.width(), height));
        m_painter->restore();
    }
    m_y += height;
    m_pageHasContent = true;
}

} // namespace zhibiao
