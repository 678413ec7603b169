#pragma once

#include "core/report/odtlayout.h"
#include "core/report/reportcontent.h"
#include "core/report/reportfile.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace zhibiao {

// Writes a SummaryReport as an OpenDocument text (.odt) staff edit before
// a meeting: the PDF's content (reportcontent.h) with headings as headings,
// tables as tables and the charts as pictures, written by Qt's own ODF
// writer (QTextDocumentWriter) and finished by OdfPackage.
class OdtReport final : public ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::OdtReport)

public:
    // Opens the temporary file beside path; throws ExportError when it
    // cannot be written.
    OdtReport(const SummaryReport &report, const ReportChartPainter &charts, const QString &path);

    int partCount() const override { return m_content.partCount(); }
    int partsDrawn() const override { return m_partsDrawn; }
    void drawNextPart() override;
    int finish() override;

private:
    const ReportContent m_content;
    const QString m_path;
    QSaveFile m_file;
    OdtLayout m_layout;
    int m_partsDrawn = 0;
};

} // namespace zhibiao
