#pragma once

#include "core/domain/period.h"
#include "core/progress/citycomparison.h"
#include "core/progress/progressseries.h"
#include "core/report/reporttable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

class Workspace;

// A note entered with a figure, as the report lists it under its target.
struct ReportNote
{
    QString indicatorName;
    QString periodLabel; // "1-6月" / "Jan–Jun"
    QString text;
};

// One target's section: its progress by quarter and the notes behind it.
struct ReportSection
{
    ProgressSeries series;
    QList<ReportNote> notes;
};

// What the PDF summary for leadership meetings says (issue 7): the year's
// targets judged by ProgressEngine as of one period, the figures behind
// each chart and the notes entered with them. Content only, in the UI
// language; PdfReport lays it out. Computes no figure: every number is the
// engine's, formatted as the dashboard formats it.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::SummaryReport)

public:
    // The year's targets as of asOf; without asOf, as of the latest month
    // with any figure (the dashboard's default). Throws ExportError (in the
    // UI language) when the database has no targets for year, StorageError
    // when it cannot be read.
    static SummaryReport load(Workspace &workspace, int year, std::optional<Period> asOf,
                              const QString &sourceName, const QDateTime &generatedAt);

    int year() const { return m_year; }
    Period asOf() const { return m_asOf; }
    const QString &districtName() const { return m_districtName; }
    // The database the figures come from, for the footer.
    const QString &sourceName() const { return m_sourceName; }
    const QDateTime &generatedAt() const { return m_generatedAt; }
    const QList<ReportSection> &sections() const { return m_sections; }

    // "渌口区2022年主要经济指标完成情况（截至6月）"
    QString title() const;
    // "生成于 2026-11-25 17:30", in local time.
    QString generatedLine() const;
    // Every target on one table: as written, actual, gap, time progress,
    // status in words; a row per criterion.
    ReportTable summaryTable() const;
    // The analysis that opens the report: a sentence per criterion
    // (analysisSentence), in the order of the targets.
    QStringList analysis() const;
    // What the lights of the summary table allow, one line per kind of
    // threshold in use: "黄灯：落后不超过1个百分点".
    QStringList lightThresholds() const;
    // The district against the city for each criterion with the city's
    // table: growth, rank, the city's growth, the gap, the move. No rows
    // without one.
    ReportTable rankingTable() const;
    // The numbers behind one criterion's chart: the detail view's table.
    static ReportTable figuresTable(const CriterionSeries &series);

    // The city's comparison table of the year, for the ranked charts.
    const CityComparison &comparison() const { return m_comparison; }
    // Whether the city's table ranks the district on the indicator of
    // series by the report's period: its section then shows the ranked chart.
    bool hasRanking(const CriterionSeries &series) const;

private:
    SummaryReport() = default;

    int m_year = 0;
    Period m_asOf = Period::yearEnd();
    QString m_districtName;
    QString m_sourceName;
    QDateTime m_generatedAt;
    QList<ReportSection> m_sections;
    CityComparison m_comparison;
};

} // namespace zhibiao
