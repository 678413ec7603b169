#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace zhibiao {

class ReportChartPainter;
class SummaryReport;

// Writes a SummaryReport as the A4 PDF staff take to leadership meetings:
// page 1 the title and a table of every target, then a section per target
// with its quarterly chart (vectors), the figures behind it and the notes.
// Text is real text in an embedded CJK font whose text layer maps back to
// the characters written (see docs/report.md on the Kangxi radicals), and
// the file is written to a temporary file and renamed over path, so a
// failed export leaves no half file and an existing one untouched.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::PdfReport)

public:
    // Called after each part is drawn: done of total parts.
    using Progress = std::function<void(int done, int total)>;

    // Returns the number of pages. Throws ExportError (in the UI language)
    // when the file cannot be written.
    static int write(const SummaryReport &report, const ReportChartPainter &charts, const QString &path,
                     const Progress &progress = {});

    // The font family the report is set in.
    static QString fontFamily();
};

} // namespace zhibiao
