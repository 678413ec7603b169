#pragma once

#include <QCoreApplication>

namespace zhibiao {

class ReportChartPainter;
class ReportLayout;
class SummaryReport;

// The summary report's content, block by block, for any ReportLayout:
// part 0 is the summary (title, analysis, the table of every target, the
// lights' thresholds, the ranking table), part n the section of the n-th
// target (its charts, the figures behind them, the notes). A layout that
// draws a part per turn of the event loop (the window's PDF export) walks
// the parts one by one; the same parts in the same order make every file.
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ReportContent)

public:
    ReportContent(const SummaryReport &report, const ReportChartPainter &charts)
        : m_report(report)
        , m_charts(charts)
    {
    }

    int partCount() const;
    void writePart(ReportLayout &layout, int part) const;
    void writeAll(ReportLayout &layout) const;

private:
    void writeSummary(ReportLayout &layout) const;
    void writeSection(ReportLayout &layout, qsizetype section) const;

    const SummaryReport &m_report;
    const ReportChartPainter &m_charts;
};

} // namespace zhibiao
