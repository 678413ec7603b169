#include "app/report/reportexport.h"

#include "core/storage/workspace.h"

namespace zhibiao {

ReportExport::ReportExport(Workspace &workspace, int year, std::optional<Period> asOf, ReportFormat format,
                           const QString &path)
    : m_report(SummaryReport::load(workspace, year, asOf, workspace.database().location().shortName(),
                                   QDateTime::currentDateTime()))
    , m_format(format)
    , m_file(ReportFile::create(format, m_report, m_charts, path))
{
}

ReportExportResult ReportExport::finish()
{
    ReportExportResult result;
    result.format = m_format;
    result.pageCount = m_file->finish();
    result.targetCount = int(m_report.sections().size());
    result.asOf = m_report.asOf();
    return result;
}

ReportExportResult exportReport(Workspace &workspace, int year, std::optional<Period> asOf, ReportFormat format,
                                const QString &path)
{
    ReportExport report(workspace, year, asOf, format, path);
    while (!report.allDrawn())
        report.drawNextPart();
    return report.finish();
}

} // namespace zhibiao
