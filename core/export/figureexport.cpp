#include "core/export/figureexport.h"

#include "core/export/csvexport.h"
#include "core/export/exporterror.h"
#include "core/export/figuresheet.h"
#include "core/export/statussheet.h"
#include "core/export/xlsxexport.h"
#include "core/progress/yearprogress.h"
#include "core/storage/workspace.h"

#include <QFileInfo>
#include <QSaveFile>

namespace zhibiao {

std::optional<ExportFormat> FigureExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return ExportFormat::Xlsx;
    if (suffix == u"csv")
        return ExportFormat::Csv;
    return std::nullopt;
}

ExportResult FigureExport::write(Workspace &workspace, int year, const QString &path)
{
    const std::optional<ExportFormat> format = formatFor(path);
    if (!format)
        throw ExportError(tr("“%1” should end in .xlsx or .csv.").arg(path));

    const YearProgress progress = loadYearProgress(workspace, year);
    const QList<Entry> &entries = progress.entries;
    const District &district = workspace.district();

    const QList<ExportSheet> sheets = {
        FigureSheet::build(district.name(), year, progress.indicators, entries),
        StatusSheet::build(progress),
    };
    const QByteArray bytes = *format == ExportFormat::Xlsx ? XlsxExport::bytes(sheets) : csvBytes(sheets);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw ExportError(tr("“%1” could not be written: %2").arg(path, file.errorString()));

    ExportResult result;
    result.format = *format;
    result.indicatorCount = int(sheets.first().rows.size());
    result.figureCount = int(entries.size());
    result.targetCount = int(progress.targets.size());
    result.asOf = progress.asOf;
    return result;
}

} // namespace zhibiao
