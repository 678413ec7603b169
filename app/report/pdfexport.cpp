#include "app/report/pdfexport.h"

#include "core/storage/workspace.h"


namespace zhibiao {

PdfExport::PdfExport(Workspace &workspace, int year, std::optional<Period> asOf, const QString &path)
    : m_report(SummaryReport::load(workspace, year, asOf, workspace.database().location().shortName(),
                                   QDateTime::currentDateTime()))
    , m_pdf(m_report, m_charts, path)
{
}

PdfExportResult PdfExport::finish()
{
    PdfExportResult result;
    result.pageCount = m_pdf.finish();
    result.targetCount = int(m_report.sections().size());
    result.asOf = m_report.asOf();
    return result;
}

PdfExportResult exportPdf(Workspace &workspace, int year, std::optional<Period> asOf, const QString &path)
{
    PdfExport pdf(workspace, year, asOf, path);
    while (!pdf.allDrawn())
        pdf.drawNextPart();
    return pdf.finish();
}

} // namespace zhibiao
