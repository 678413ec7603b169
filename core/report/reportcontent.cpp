#include "core/report/reportcontent.h"

#include "core/progress/statusstyle.h"
#include "core/report/reportchartpainter.h"
#include "core/report/reportfont.h"
#include "core/report/reportlayout.h"
#include "core/report/summaryreport.h"

namespace zhibiao {

namespace {

constexpr double ChartHeightMm = 72;
// Nine units' bars and the city's line.
constexpr double RankingChartHeightMm = 90;

} // namespace

int ReportContent::partCount() const
{
    return int(m_report.sections().size()) + 1;
}

void ReportContent::writePart(ReportLayout &layout, int part) const
{
    if (part == 0)
        writeSummary(layout);
    else
        writeSection(layout, part - 1);
}

void ReportContent::writeAll(ReportLayout &layout) const
{
    for (int part = 0; part < partCount(); ++part)
        writePart(layout, part);
}

void ReportContent::writeSummary(ReportLayout &layout) const
{
    layout.title(m_report.title());
    layout.space(2);
    layout.paragraph(m_report.generatedLine());
    layout.space(4);
    layout.subheading(tr("Analysis"), layout.mm(20));
    for (const QString &sentence : m_report.analysis())
        layout.paragraph(sentence);
    layout.space(4);
    layout.table(m_report.summaryTable());
    layout.space(2);
    //: Under the summary table: what the yellow light allows, e.g. "Lights: yellow: behind by no more than 1 …"
    layout.paragraph(tr("Lights: %1.").arg(m_report.lightThresholds().join(tr("; "))));
    if (const ReportTable ranking = m_report.rankingTable(); !ranking.isEmpty()) {
        layout.space(4);
        layout.subheading(tr("Where the district stands in the city"), layout.tableStartHeight(ranking, 2));
        layout.table(ranking);
    }
}

// The targets follow the summary one after another; a heading is never
// left alone at the foot of a page (ReportLayout's keepWith).
void ReportContent::writeSection(ReportLayout &layout, qsizetype s) const
{
    if (s == 0)
        layout.pageBreak();
    const QString fontFamily = reportFontFamily();
    const ReportSection &section = m_report.sections().at(s);
    const TargetProgress &latest = section.series.latest();
    layout.space(s == 0 ? 0 : 6);
    // A heading keeps its first chart and the start of its table with it.
    const double firstChart = layout.mm(ChartHeightMm)
                              + layout.tableStartHeight(SummaryReport::figuresTable(section.series.quarters(0)), 2);
    //: Heading of a target's section: "1. GDP: 增长8.5%"
    layout.heading(tr("%1. %2: %3").arg(latest.target.ordinal).arg(latest.target.title(), latest.target.statement()),
                   StatusStyle::label(latest.status), latest.status, firstChart);
    for (qsizetype c = 0; c < section.series.criterionCount(); ++c) {
        const CriterionSeries &quarters = section.series.quarters(c);
        const ReportTable figures = SummaryReport::figuresTable(quarters);
        if (section.series.criterionCount() > 1)
            layout.subheading(quarters.indicator().name(),
                              layout.mm(ChartHeightMm) + layout.tableStartHeight(figures, 2));
        layout.chart(
            ChartHeightMm,
            [&](QPainter &chartPainter, const QRectF &area) { m_charts.paint(chartPainter, area, quarters, fontFamily); },
            layout.tableStartHeight(figures, int(figures.rows.size())));
        layout.space(2);
        layout.table(figures);
        layout.space(4);
        if (m_report.hasRanking(quarters)) {
            const int month = m_report.asOf().month();
            layout.chart(RankingChartHeightMm, [&](QPainter &chartPainter, const QRectF &area) {
                m_charts.paintRanking(chartPainter, area, m_report.comparison(), quarters.indicator(), month,
                                      fontFamily);
            });
            layout.space(4);
        }
    }
    if (!section.notes.isEmpty()) {
        layout.subheading(tr("Notes entered with the figures"), layout.mm(10));
        for (const ReportNote &note : section.notes) {
            //: A note in the report: "1-6月 · GDP: text of the note"
            layout.paragraph(tr("%1 · %2: %3").arg(note.periodLabel, note.indicatorName, note.text));
        }
    }
}

} // namespace zhibiao
