#pragma once

#include "app/report/chartreportpainter.h"
#include "core/domain/period.h"
#include "core/report/reportfile.h"
#include "core/report/summaryreport.h"

#include <QString>

#include <memory>
#include <optional>

namespace zhibiao {

class Workspace;

// What an export of the summary report made, for the message after it.
struct ReportExportResult
{
    ReportFormat format = ReportFormat::Pdf;
    int pageCount = 0; // a PDF's; 0 for a document the word processor paginates
    int targetCount = 0;
    Period asOf = Period::yearEnd();
};

// The one way to make the summary report, shared by File → Export report…
// and `zhibiao report` / `zhibiao export-pdf`: the year's report
// (SummaryReport) with the dashboard's charts, written a part at a time
// as a PDF or an OpenDocument text (ReportFile). Throws ExportError or
// StorageError with a message in the UI language; a failed export leaves
// no file.
class ReportExport
{
public:
    // Reads the report from the workspace and opens the file.
    ReportExport(Workspace &workspace, int year, std::optional<Period> asOf, ReportFormat format,
                 const QString &path);

    int partCount() const { return m_file->partCount(); }
    int partsDrawn() const { return m_file->partsDrawn(); }
    bool allDrawn() const { return m_file->allDrawn(); }
    void drawNextPart() { m_file->drawNextPart(); }
    // After allDrawn(): writes the file.
    ReportExportResult finish();

private:
    const SummaryReport m_report;
    const ChartReportPainter m_charts;
    const ReportFormat m_format;
    const std::unique_ptr<ReportFile> m_file; // draws m_report with m_charts: declared after them
};

// A whole export at once, for the command line.
ReportExportResult exportReport(Workspace &workspace, int year, std::optional<Period> asOf, ReportFormat format,
                                const QString &path);

} // namespace zhibiao
