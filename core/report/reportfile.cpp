#include "core/report/reportfile.h"

#include "core/report/odtreport.h"
#include "core/report/pdfreport.h"

#include <QFileInfo>

namespace zhibiao {

using namespace Qt::StringLiterals;

std::optional<ReportFormat> ReportFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(u"pdf"_s, Qt::CaseInsensitive) == 0)
        return ReportFormat::Pdf;
    if (suffix.compare(u"odt"_s, Qt::CaseInsensitive) == 0)
        return ReportFormat::Odt;
    return std::nullopt;
}

std::unique_ptr<ReportFile> ReportFile::create(ReportFormat format, const SummaryReport &report,
                                               const ReportChartPainter &charts, const QString &path)
{
    switch (format) {
    case ReportFormat::Pdf:
        return std::make_unique<PdfReport>(report, charts, path);
    case ReportFormat::Odt:
        return std::make_unique<OdtReport>(report, charts, path);
    }
    Q_UNREACHABLE();
}

} // namespace zhibiao
