#pragma once

#include "core/domain/period.h"
#include "core/report/pdfreport.h"

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
// dashboard's charts. Throws ExportError or StorageError with a message in
// the UI language; a failed export leaves no file.
PdfExportResult exportPdf(Workspace &workspace, int year, std::optional<Period> asOf, const QString &path,
                          const PdfReport::Progress &progress = {});

} // namespace zhibiao
