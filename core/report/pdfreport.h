#pragma once

#include "core/report/reportcontent.h"
#include "core/report/reportfile.h"
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
// the file is written to a temporary file and renamed over path
// (ReportFile). The pages are laid out here (ReportFlow).
class PdfReport final : public ReportFile
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
    int partCount() const override { return m_content.partCount(); }
    int partsDrawn() const override { return m_partsDrawn; }

    // Draws the next part; only before allDrawn().
    void drawNextPart() override;
    // After allDrawn(): the last footer, then the file renamed over path.
    // Returns the number of pages. Throws ExportError when the file cannot
    // be written. A PdfReport destroyed before finishing leaves no file.
    int finish() override;

private:
    const ReportContent m_content;
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
