#pragma once

#include "core/report/reportflow.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QString>

#include <optional>

namespace zhibiao {

class ReportChartPainter;
class SummaryReport;

// Writes a SummaryReport as the A4 PDF staff take to leadership meetings:
// page 1 the title and a table of every target, then a section per target
// with its quarterly chart (vectors), the figures behind it and the notes.
// Text is real text in an embedded CJK font whose text layer maps back to
// the characters written (see docs/report.md on the Kangxi radicals), and
// the file is written to a temporary file and renamed over path, so a
// failed export leaves no half file and an existing one untouched.
//
// It is drawn a part at a time (the summary page, then each target's
// section): a window draws a part per turn of its event loop, so it
// repaints and its progress bar moves while the charts are drawn on the
// GUI thread, as Qt Charts needs. The report and the chart painter must
// outlive the PdfReport.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::PdfReport)

public:
    // Opens the temporary file beside path and counts the pages (the
    // footer says "page 2 of 5"). Throws ExportError when the file cannot
    // be written.
    PdfReport(const SummaryReport &report, const ReportChartPainter &charts, const QString &path);

    PdfReport(const PdfReport &) = delete;
    PdfReport &operator=(const PdfReport &) = delete;

    // The summary page and a part per target.
    int partCount() const;
    int partsDrawn() const { return m_partsDrawn; }
    bool allDrawn() const { return m_partsDrawn == partCount(); }

    // Draws the next part; only before allDrawn().
    void drawNextPart();
    // After allDrawn(): the last footer, then the file renamed over path.
    // Returns the number of pages. Throws ExportError when the file cannot
    // be written. A PdfReport destroyed before finishing leaves no file.
    int finish();

    // The font family the report is set in.
    static QString fontFamily();

private:
    const SummaryReport &m_report;
    const ReportChartPainter &m_charts;
    const QString m_path;
    // Declared in the order they are built: the painter draws on the
    // writer, which writes to the file.
    QSaveFile m_file;
    QPdfWriter m_writer;
    QPainter m_painter;
    std::optional<ReportFlow> m_flow;
    int m_partsDrawn = 0;
};

} // namespace zhibiao
