#include "core/report/pdfreport.h"

#include "core/export/exporterror.h"
#include "core/progress/statusstyle.h"
#include "core/report/reportchartpainter.h"
#include "core/report/reportflow.h"
#include "core/report/summaryreport.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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

// Draws the whole report; with painter null, only measures and counts pages.
int flow(const SummaryReport &report, const ReportChartPainter &charts, QPdfWriter &writer, QPainter *painter,
         int pageCount, const PdfReport::Progress &progress)
{
    //: Footer of every PDF page: %1 the database file, %2 date and time it was made
    const QString footer = PdfReport::tr("Source: %1 · generated %2")
                               .arg(report.sourceName(),
                                    report.generatedAt().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    ReportFlow page(writer, painter, PdfReport::fontFamily(), footer, pageCount);
    const int parts = int(report.sections().size()) + 1;
    const auto done = [&](int part) {
        if (painter && progress)
            progress(part, parts);
    };

    page.title(report.title());
    page.space(2);
    page.paragraph(report.generatedLine());
    page.space(4);
    page.table(report.summaryTable());
    done(1);

    // The targets follow the summary page one after another; a heading is
    // never left alone at the foot of a page (ReportFlow::heading).
    page.pageBreak();
    const QString fontFamily = PdfReport::fontFamily();
    for (qsizetype s = 0; s < report.sections().size(); ++s) {
        const ReportSection &section = report.sections().at(s);
        const TargetProgress &latest = section.series.latest();
        page.space(s == 0 ? 0 : 6);
        //: Heading of a target's section: "1. GDP: 增长8.5%"
        // A heading keeps its first chart and the start of its table with it.
        const double firstChart = page.mm(ChartHeightMm)
                                  + page.tableStartHeight(SummaryReport::figuresTable(section.series.quarters(0)), 2);
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
                [&](QPainter &chartPainter, const QRectF &area) {
                    charts.paint(chartPainter, area, quarters, fontFamily);
                },
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
        done(int(s) + 2);
    }
    return page.finish();
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

int PdfReport::write(const SummaryReport &report, const ReportChartPainter &charts, const QString &path,
                     const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw ExportError(tr("“%1” could not be written: %2").arg(path, file.errorString()));

    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm - 4),
                          QPageLayout::Millimeter);
    writer.setTitle(report.title());
    writer.setCreator(u"Zhibiao (指标) "_s + QCoreApplication::applicationVersion());

    const int pageCount = flow(report, charts, writer, nullptr, 0, progress);
    QPainter painter;
    if (!painter.begin(&writer))
        throw ExportError(tr("“%1” could not be written: the PDF could not be started.").arg(path));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int pages = flow(report, charts, writer, &painter, pageCount, progress);
    painter.end();
    if (!file.commit())
        throw ExportError(tr("“%1” could not be written: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace zhibiao
