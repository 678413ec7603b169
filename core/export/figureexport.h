#pragma once

#include "core/domain/period.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace zhibiao {

class Workspace;

enum class ExportFormat { Xlsx, Csv };

// What an export wrote, for the message after it.
struct ExportResult
{
    ExportFormat format = ExportFormat::Xlsx;
    int indicatorCount = 0; // rows of the figures sheet
    int figureCount = 0;    // cells of the year with any figure
    int targetCount = 0;
    Period asOf = Period::yearEnd(); // the period the status is judged at
};

// Writes a year of a workspace to an .xlsx or .csv file: the figures in
// the wide layout (FigureSheet) and each target's status from the progress
// engine at the latest month with figures (StatusSheet). The file is
// written to a temporary file beside the target and renamed over it
// (QSaveFile): a failed export leaves no half-written file and an existing
// one untouched.
class FigureExport
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FigureExport)

public:
    // By the file name's suffix (.xlsx, .csv; any case); nullopt otherwise.
    static std::optional<ExportFormat> formatFor(const QString &path);

    // Throws ExportError when the file cannot be written or its suffix is
    // unknown, StorageError when the database cannot be read.
    static ExportResult write(Workspace &workspace, int year, const QString &path);
};

} // namespace zhibiao
