#include "core/report/pdfreport.h"

#include "core/export/exporterror.h"
#include "core/report/reportfont.h"
#include "core/report/summaryreport.h"

#include <QCoreApplication>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

constexpr double PageMarginMm = 16;

QString footerOf(const SummaryReport &report)
{
    //: Footer of every PDF page: %1 the database file, %2 date and time it was made
    return PdfReport::tr("Source: %1 · generated %2")
        .arg(report.sourceName(), report.generatedAt().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
}

} // namespace

PdfReport::PdfReport(const SummaryReport &report, const ReportChartPainter &charts, const QString &path)
    : m_content(report, charts)
    , m_path(path)
    , m_file(path)
    , m_writer(&m_file)
{
    if (!m_file.open(QIODevice::WriteOnly))
        throw ExportError(tr("“%1” could not be written: %2").arg(path, m_file.errorString()));

    m_writer.setPageSize(QPageSize(QPageSize::A4));
    m_writer.setPageOrientation(QPageLayout::Portrait);
    m_writer.setPageMargins(QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm - 4),
                            QPageLayout::Millimeter);
    m_writer.setTitle(report.title());
    m_writer.setCreator(u"Zhibiao (指标) "_s + QCoreApplication::applicationVersion());

    // Measuring draws nothing and takes little time: done at once.
    const QString footer = footerOf(report);
    ReportFlow measure(m_writer, nullptr, reportFontFamily(), footer, 0);
    m_content.writeAll(measure);
    const int pageCount = measure.finish();

    if (!m_painter.begin(&m_writer))
        throw ExportError(tr("“%1” could not be written: the PDF could not be started.").arg(path));
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_flow.emplace(m_writer, &m_painter, reportFontFamily(), footer, pageCount);
}

void PdfReport::drawNextPart()
{
    Q_ASSERT(!allDrawn());
    m_content.writePart(*m_flow, m_partsDrawn);
    ++m_partsDrawn;
}

int PdfReport::finish()
{
    Q_ASSERT(allDrawn());
    const int pages = m_flow->finish();
    m_painter.end();
    if (!m_file.commit())
        throw ExportError(tr("“%1” could not be written: %2").arg(m_path, m_file.errorString()));
    return pages;
}

} // namespace zhibiao
