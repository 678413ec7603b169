#include "core/report/pdfreport.h"

#include "core/export/exporterror.h"
#include "core/progress/statusstyle.h"
#include "core/report/reportchartpainter.h"
#include "core/report/summaryreport.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// WenQuanYi Micro Hei (fonts-wqy-microhei): its cmap gives 口, 月, 至, 生
// and the other characters that double as Kangxi radicals their own
// glyphs, so the ToUnicode map Qt writes gives back the characters
// written. Noto Sans CJK shares those glyphs with U+2Fxx, and searching a
// PDF set in it for 渌口区 finds nothing (tests/core/tst_pdfreport.cpp).
const QString ReportFont = u"WenQuanYi Micro Hei"_s;
const QString ReportFontFile = u"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"_s;

constexpr double ChartHeightMm = 72;
constexpr double PageMarginMm = 16;

QString footerOf(const SummaryReport &report)
{
    //: Footer of every PDF page: %1 the database file, %2 date and time it was made
    return PdfReport::tr("Source: %1 · generated %2")
        .arg(report.sourceName(), report.generatedAt().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
}

void flowSummary(ReportFlow &page, const SummaryReport &report)
{
    page.title(report.title());
    page.space(2);
    page.paragraph(report.generatedLine());
    page.space(4);
    page.subheading(PdfReport::tr("Analysis"), page.mm(20));
    for (const QString &sentence : report.analysis())
        page.paragraph(sentence);
    page.space(4);
    page.table(report.summaryTable());
    page.space(2);
    //: Under the summary table: what the yellow light allows, e.g. "Lights: yellow: behind by no more than 1 …"
    page.paragraph(PdfReport::tr("Lights: %1.").arg(report.lightThresholds().join(PdfReport::tr("; "))));
    if (const ReportTable ranking = report.rankingTable(); !ranking.isEmpty()) {
        page.space(4);
        page.subheading(PdfReport::tr("Where the district stands in the city"), page.tableStartHeight(ranking, 2));
        page.table(ranking);
    }
}

// The targets follow the summary page one after another; a heading is
// never left alone at the foot of a page (ReportFlow::heading).
void flowSection(ReportFlow &page, const SummaryReport &report, const ReportChartPainter &charts, qsizetype s)
{
    if (s == 0)
        page.pageBreak();
    const QString fontFamily = PdfReport::fontFamily();
    const ReportSection &section = report.sections().at(s);
    const TargetProgress &latest = section.series.latest();
    page.space(s == 0 ? 0 : 6);
    // A heading keeps its first chart and the start of its table with it.
    const double firstChart = page.mm(ChartHeightMm)
                              + page.tableStartHeight(SummaryReport::figuresTable(section.series.quarters(0)), 2);
    //: Heading of a target's section: "1. GDP: 增长8.5%"
    page.heading(PdfReport::tr("%1. %2: %3")
                     .arg(latest.target.ordinal)
                     .arg(latest.target.title(), latest.target.statement()),
                 StatusStyle::label(latest.status), latest.status, firstChart);
    for (qsizetype c = 0; c < section.series.criterionCount(); ++c) {
        const CriterionSeries &quarters = section.series.quarters(c);
        const ReportTable figures = SummaryReport::figuresTable(quarters);
        if (section.series.criterionCount() > 1)
            page.subheading(quarters.indicator().name(), page.mm(ChartHeightMm) + page.tableStartHeight(figures, 2));
        page.chart(
            ChartHeightMm,
            [&](QPainter &chartPainter, const QRectF &area) { charts.paint(chartPainter, area, quarters, fontFamily); },
            page.tableStartHeight(figures, int(figures.rows.size())));
        page.space(2);
        page.table(figures);
        page.space(4);
    }
    if (!section.notes.isEmpty()) {
        page.subheading(PdfReport::tr("Notes entered with the figures"), page.mm(10));
        for (const ReportNote &note : section.notes) {
            //: A note in the PDF: "1-6月 · GDP: text of the note"
            page.paragraph(PdfReport::tr("%1 · %2: %3").arg(note.periodLabel, note.indicatorName, note.text));
        }
    }
}

// Part 0 is the summary page, part n the section of the n-th target. The
// measuring run and the drawing run go through the same parts, so both
// take the same page breaks.
void flowPart(ReportFlow &page, const SummaryReport &report, const ReportChartPainter &charts, int part)
{
    if (part == 0)
        flowSummary(page, report);
    else
        flowSection(page, report, charts, part - 1);
}

} // namespace

QString PdfReport::fontFamily()
{
    // Loaded from its file when fontconfig does not list it (an application
    // font is found by family name like an installed one).
    static const QString family = [] {
        if (QFontDatabase::hasFamily(ReportFont))
            return ReportFont;
        const int id = QFontDatabase::addApplicationFont(ReportFontFile);
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.contains(ReportFont) ? ReportFont : QString();
    }();
    return family;
}

PdfReport::PdfReport(const SummaryReport &report, const ReportChartPainter &charts, const QString &path)
    : m_report(report)
    , m_charts(charts)
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
    ReportFlow measure(m_writer, nullptr, PdfReport::fontFamily(), footer, 0);
    for (int part = 0; part < partCount(); ++part)
        flowPart(measure, report, charts, part);
    const int pageCount = measure.finish();

    if (!m_painter.begin(&m_writer))
        throw ExportError(tr("“%1” could not be written: the PDF could not be started.").arg(path));
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_flow.emplace(m_writer, &m_painter, PdfReport::fontFamily(), footer, pageCount);
}

int PdfReport::partCount() const
{
    return int(m_report.sections().size()) + 1;
}

void PdfReport::drawNextPart()
{
    Q_ASSERT(!allDrawn());
    flowPart(*m_flow, m_report, m_charts, m_partsDrawn);
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
