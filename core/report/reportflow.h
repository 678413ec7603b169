#pragma once

#include "core/report/reportlayout.h"
#include "core/report/reporttable.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace zhibiao {

// Flows the report's blocks down A4 pages: text, tables and charts, each
// moved to the next page when it does not fit, tables split between rows
// with their header repeated, and a footer on every page. Run once without
// drawing to count the pages (the footer says "page 2 of 5"), then again
// to draw: both runs take the same decisions from the same font metrics.
class ReportFlow final : public ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReportFlow)

public:
    // painter is null when measuring. footer is the left part of the footer
    // line; pageCount is the measured total (0 when measuring).
    ReportFlow(QPagedPaintDevice &device, QPainter *painter, const QString &fontFamily, const QString &footer,
               int pageCount);

    // keepWith moves a block to the next page with what must follow it,
    // so a heading never ends a page.
    void title(const QString &text) override;
    void heading(const QString &text, const QString &statusText, std::optional<Status> status,
                 double keepWith) override;
    void subheading(const QString &text, double keepWith) override;
    void paragraph(const QString &text) override;
    // Split between rows, the header repeated on every page.
    void table(const ReportTable &table) override;
    void chart(double heightMm, const ChartDrawer &draw, double keepWith = 0) override;
    void space(double mm) override;
    void pageBreak() override;
    // Draws the last footer; returns the number of pages.
    int finish();

    double mm(double millimetres) const override;
    double tableStartHeight(const ReportTable &table, int rows) const override;

private:
    QFont font(double pointSize, bool bold = false) const;
    double textHeight(const QString &text, const QFont &font, double width, int flags) const;
    void ensureSpace(double height);
    void newPage();
    void drawFooter();
    double rowHeight(const ReportTable &table, const QStringList &cells, const QFont &font,
                     const QList<double> &widths) const;
    void drawRow(const ReportTable &table, const QStringList &cells, qsizetype row, const QFont &font,
                 const QList<double> &widths, double height, bool header);
    QList<double> columnWidths(const ReportTable &table) const;

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    QString m_fontFamily;
    QString m_footer;
    int m_pageCount;
    QRectF m_content; // the page inside the margins, above the footer
    double m_y = 0;
    int m_page = 1;
    bool m_pageHasContent = false;
};

} // namespace zhibiao
