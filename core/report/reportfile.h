#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace zhibiao {

class ReportChartPainter;
class SummaryReport;

// The file formats the summary report is written in.
enum class ReportFormat {
    Pdf, // for reading and printing: laid out here, page by page
    Odt, // OpenDocument text, for editing in WPS, Word or LibreOffice
};

// A summary report being written to a file, a part at a time (the summary,
// then each target's section): a window draws a part per turn of its event
// loop, so it repaints and its progress bar moves while the charts are
// drawn on the GUI thread, as Qt Charts needs. The file appears only when
// finished, whole; a ReportFile destroyed before that leaves none, and an
// existing file untouched. The report and the chart painter must outlive it.
class ReportFile
{
public:
    virtual ~ReportFile() = default;

    // The format a file name asks for by its suffix (.pdf, .odt, any
    // case); nullopt for anything else.
    static std::optional<ReportFormat> formatOf(const QString &path);
    // Starts the file; throws ExportError when it cannot be written.
    static std::unique_ptr<ReportFile> create(ReportFormat format, const SummaryReport &report,
                                              const ReportChartPainter &charts, const QString &path);

    virtual int partCount() const = 0;
    virtual int partsDrawn() const = 0;
    bool allDrawn() const { return partsDrawn() == partCount(); }
    // Draws the next part; only before allDrawn().
    virtual void drawNextPart() = 0;
    // After allDrawn(): writes the file. Returns its number of pages, or
    // 0 when its pages are the word processor's to lay out. Throws
    // ExportError when the file cannot be written.
    virtual int finish() = 0;
};

} // namespace zhibiao
