#pragma once

#include "core/report/reportlayout.h"

#include <QHash>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace zhibiao {

// Lays the report's blocks into a QTextDocument for the OpenDocument text
// staff edit in WPS, Word or LibreOffice: headings carry their level,
// tables are tables, charts are pictures (drawn by the same painter as
// the PDF's, at twice the screen's resolution). Pages are the word
// processor's business, so keepWith is not needed: headings keep with
// what follows through their style (odfpackage.h).
class OdtLayout final : public ReportLayout
{
public:
    explicit OdtLayout(const QString &fontFamily);

    OdtLayout(const OdtLayout &) = delete;
    OdtLayout &operator=(const OdtLayout &) = delete;

    void title(const QString &text) override;
    void heading(const QString &text, const QString &statusText, std::optional<Status> status,
                 double keepWith) override;
    void subheading(const QString &text, double keepWith) override;
    void paragraph(const QString &text) override;
    void table(const ReportTable &table) override;
    void chart(double heightMm, const ChartDrawer &draw, double keepWith = 0) override;
    void space(double mm) override;
    void pageBreak() override;
    double mm(double millimetres) const override;
    double tableStartHeight(const ReportTable &table, int rows) const override;

    const QTextDocument &document() const { return m_document; }
    // The heading level (1 title, 2 a target, 3 a part of one) of each
    // paragraph format the document's headings use, by the format index
    // Qt's ODF writer names their styles with ("p12").
    QHash<int, int> headingLevels() const;

private:
    // Starts the next paragraph with format, taking the space and page
    // break asked for before it.
    void startBlock(QTextBlockFormat format, const QTextCharFormat &charFormat);
    void headingBlock(int level, const QString &text, double pointSize);
    QTextCharFormat charFormat(double pointSize, bool bold = false) const;

    QTextDocument m_document;
    QTextCursor m_cursor;
    QString m_fontFamily;
    bool m_atEmptyBlock = true; // the document's first block, or the one after a table
    double m_pendingSpaceMm = 0;
    bool m_pendingPageBreak = false;
    int m_chartCount = 0;
};

} // namespace zhibiao
