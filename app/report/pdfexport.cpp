#include "app/report/pdfexport.h"

#include "app/report/chartreportpainter.h"
#include "core/report/summaryreport.h"
#include "core/storage/workspace.h"

#include <QFileInfo>

namespace zhibiao {

PdfExportResult exportPdf(Workspace &workspace, int year, std::optional<Period> asOf, const QString &path,
                          const PdfReport::Progress &progress)
{
    const SummaryReport report = SummaryReport::load(workspace, year, asOf,
                                                     QFileInfo(workspace.database().path()).fileName(),
                                                     QDateTime::currentDateTime());
    const ChartReportPainter charts;
    PdfExportResult result;
    result.pageCount = PdfReport::write(report, charts, path, progress);
    result.targetCount = int(report.sections().size());
    result.asOf = report.asOf();
    return result;
}

} // namespace zhibiao
