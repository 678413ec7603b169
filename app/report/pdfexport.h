#pragma once

#include "app/report/chartreportpainter.h"
#include "core/domain/period.h"
#include "core/report/pdfreport.h"
#include "core/report/summaryreport.h"

#include <QString>

#include <optional>

namespace zhibiao {

class Workspace;

// What a PDF export made, for the message after it.
struct PdfExportResult
{
    int pageCount = 0;
    int targetCount = 0;
    Period asOf = Period::yearEnd();
};

// The one way to make the PDF summary, shared by File → Export PDF… and
// `zhibiao export-pdf`: the year's report (SummaryReport) drawn with the
// dashboard's charts, a part at a time (PdfReport). Throws ExportError or
// StorageError with a message in the UI language; a failed export leaves
// no file.
class PdfExport
{
public:
    // Reads the report from the workspace and opens the file.
    PdfExport(Workspace &workspace, int year, std::optional<Period> asOf, const QString &path);

    int partCount() const { return m_pdf.partCount(); }
    int partsDrawn() const { return m_pdf.partsDrawn(); }
    bool allDrawn() const { return m_pdf.allDrawn(); }
    void drawNextPart() { m_pdf.drawNextPart(); }
    // After allDrawn(): writes the file.
    PdfExportResult finish();

private:
    const SummaryReport m_report;
    const ChartReportPainter m_charts;
    PdfReport m_pdf; // draws m_report with m_charts: declared after them
};

// A whole export at once, for the command line.
PdfExportResult exportPdf(Workspace &workspace, int year, std::optional<Period> asOf, const QString &path);

} // namespace zhibiao
