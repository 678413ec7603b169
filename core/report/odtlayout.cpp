#include "core/report/odtlayout.h"

#include "core/progress/statusstyle.h"
#include "core/report/odfpackage.h"
#include "core/report/pngencoding.h"
#include "core/report/reporttable.h"

#include <QImage>
#include <QTextBlock>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// The type sizes of the PDF (reportflow.cpp), in a word processor's
// terms: body text 10.5 pt (五号), as Chinese office documents are set.
constexpr double TitleSize = 16;
constexpr double HeadingSize = 13;
constexpr double SubheadingSize = 11;
constexpr double BodySize = 10.5;
constexpr double TableSize = 9;

// The text width of A4 with the page margins of odfpackage.cpp.
constexpr double TextWidthMm = 210 - 2 * OdfPackage::PageMarginMm;
constexpr double TextWidthPt = TextWidthMm / 25.4 * 72;
// Qt's ODF writer reads lengths as pixels at 96 per inch.
constexpr double PixelsPerMm = 96 / 25.4;
// Charts are pictures at 1.5 times the screen's resolution (144 per inch):
// sharp on paper, and quick to encode.
constexpr double ChartPixelRatio = 1.5;

} // namespace

OdtLayout::OdtLayout(const QString &fontFamily)
    : m_cursor(&m_document)
    , m_fontFamily(fontFamily)
{
    QFont font(fontFamily);
    font.setPointSizeF(BodySize);
    m_document.setDefaultFont(font);
}

QTextCharFormat OdtLayout::charFormat(double pointSize, bool bold) const
{
    QTextCharFormat format;
    format.setFontFamilies({m_fontFamily});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void OdtLayout::startBlock(QTextBlockFormat format, const QTextCharFormat &charFormat)
{
    if (m_pendingSpaceMm > 0)
        format.setTopMargin(m_pendingSpaceMm * PixelsPerMm);
    if (m_pendingPageBreak)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    m_pendingSpaceMm = 0;
    m_pendingPageBreak = false;
    if (m_atEmptyBlock) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_atEmptyBlock = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
}

void OdtLayout::headingBlock(int level, const QString &text, double pointSize)
{
    QTextBlockFormat format;
    format.setHeadingLevel(level);
    format.setBottomMargin(2 * PixelsPerMm);
    if (level == 1)
        format.setAlignment(Qt::AlignHCenter);
    startBlock(format, charFormat(pointSize, true));
    m_cursor.insertText(text, charFormat(pointSize, true));
}

void OdtLayout::title(const QString &text)
{
    headingBlock(1, text, TitleSize);
}

void OdtLayout::heading(const QString &text, const QString &statusText, std::optional<Status> status,
                        double /*keepWith*/)
{
    if (m_pendingSpaceMm < 4)
        m_pendingSpaceMm = 4;
    headingBlock(2, text, HeadingSize);
    if (statusText.isEmpty())
        return;
    QTextCharFormat statusFormat = charFormat(HeadingSize, true);
    if (status)
        statusFormat.setForeground(StatusStyle::of(*status).text);
    // An ideographic space between the heading and its status in words.
    m_cursor.insertText(u"\u3000"_s, charFormat(HeadingSize, true));
    m_cursor.insertText(statusText, statusFormat);
}

void OdtLayout::subheading(const QString &text, double /*keepWith*/)
{
    headingBlock(3, text, SubheadingSize);
}

void OdtLayout::paragraph(const QString &text)
{
    QTextBlockFormat format;
    format.setBottomMargin(1 * PixelsPerMm);
    startBlock(format, charFormat(BodySize));
    // Lines of a note stay lines: a line break within the paragraph.
    QString lines = text;
    lines.replace(u'\n', QChar::LineSeparator);
    m_cursor.insertText(lines, charFormat(BodySize));
}

void OdtLayout::table(const ReportTable &table)
{
    // The table follows a paragraph of its own, which carries the space
    // and page break asked for before it.
    startBlock(QTextBlockFormat(), charFormat(BodySize));
    const int columns = int(table.header.size());
    const int rows = int(table.rows.size()) + 1;

    // The header fill does not survive Qt's ODF writer (it writes no cell
    // background); the header is bold.
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorderCollapse(true);
    format.setBorder(0.75);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0x9A, 0x9A, 0x9A));
    format.setCellPadding(0.8 * PixelsPerMm);
    format.setCellSpacing(0);
    // Qt's ODF writer writes a table's and a column's width as the raw
    // number followed by "pt" (and a percentage as "%", which ODF does not
    // take for a column): fixed lengths in points come out as meant.
    format.setWidth(QTextLength(QTextLength::FixedLength, TextWidthPt));
    QList<double> weights;
    for (int column = 0; column < columns; ++column)
        weights.append(table.width(column));
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<QTextLength> widths;
    for (const double weight : weights)
        widths.append(QTextLength(QTextLength::FixedLength, TextWidthPt * weight / total));
    format.setColumnWidthConstraints(widths);

    QTextTable *const textTable = m_cursor.insertTable(rows, columns, format);
    for (int row = 0; row < rows; ++row) {
        const bool header = row == 0;
        const QStringList &cells = header ? table.header : table.rows.at(row - 1);
        for (int column = 0; column < columns; ++column) {
            QTextTableCell cell = textTable->cellAt(row, column);
            QTextCursor cellCursor = cell.firstCursorPosition();
            QTextBlockFormat blockFormat;
            blockFormat.setAlignment(table.isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft);
            cellCursor.setBlockFormat(blockFormat);
            QTextCharFormat textFormat = charFormat(TableSize, header);
            if (const std::optional<Status> status = header ? std::nullopt : table.statusAt(row - 1, column))
                textFormat.setForeground(StatusStyle::of(*status).text);
            cellCursor.insertText(column < cells.size() ? cells.at(column) : QString(), textFormat);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
    m_atEmptyBlock = true;
}

void OdtLayout::chart(double heightMm, const ChartDrawer &draw, double /*keepWith*/)
{
    const QSizeF size(TextWidthMm * PixelsPerMm, heightMm * PixelsPerMm);
    QImage image((size * ChartPixelRatio).toSize(), QImage::Format_RGB32);
    image.setDevicePixelRatio(ChartPixelRatio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        draw(painter, QRectF(QPointF(0, 0), size));
    }
    // Encoded here, quickly: given an image, Qt's ODF writer encodes it
    // with libpng's full filter search, most of the time an .odt took;
    // given the PNG's bytes it stores them as they are.
    const QByteArray png = encodePngFast(image);
    const QString name = u"zhibiao-chart-%1.png"_s.arg(++m_chartCount);
    m_document.addResource(QTextDocument::ImageResource, QUrl(name), png);

    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    startBlock(format, charFormat(BodySize));
    QTextImageFormat imageFormat;
    imageFormat.setName(name);
    imageFormat.setWidth(size.width());
    imageFormat.setHeight(size.height());
    m_cursor.insertImage(imageFormat);
}

void OdtLayout::space(double millimetres)
{
    m_pendingSpaceMm += millimetres;
}

void OdtLayout::pageBreak()
{
    m_pendingPageBreak = true;
}

double OdtLayout::mm(double millimetres) const
{
    return millimetres * PixelsPerMm;
}

double OdtLayout::tableStartHeight(const ReportTable & /*table*/, int /*rows*/) const
{
    return 0;
}

QHash<int, int> OdtLayout::headingLevels() const
{
    QHash<int, int> levels;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            levels.insert(block.blockFormatIndex(), level);
    }
    return levels;
}

} // namespace zhibiao
