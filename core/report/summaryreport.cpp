#include "core/report/summaryreport.h"

#include "core/export/exporterror.h"
#include "core/models/progresstablemodel.h"
#include "core/progress/comparedfigure.h"
#include "core/progress/progressformat.h"
#include "core/progress/standingtext.h"
#include "core/progress/warninglight.h"
#include "core/report/analysistext.h"
#include "core/progress/yearprogress.h"
#include "core/storage/workspace.h"

#include <QHash>
#include <QLocale>

#include <array>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

// The month a year-to-date report runs to, as a title says it: "6月" / "June".
constexpr std::array monthNames = {
    QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "January"),  QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "February"),
    QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "March"),    QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "April"),
    QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "May"),      QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "June"),
    QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "July"),     QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "August"),
    QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "September"), QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "October"),
    QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "November"), QT_TRANSLATE_NOOP("zhibiao::SummaryReport", "December"),
};

QString yearsText(const QList<int> &years)
{
    QStringList texts;
    for (const int year : years)
        texts.append(QString::number(year));
    return texts.join(u", "_s);
}

// The notes entered with the figures of the target's indicators up to asOf,
// oldest first.
QList<ReportNote> notesOf(const Target &target, const QList<Entry> &entries,
                          const QHash<QString, Indicator> &indicators, Period asOf)
{
    QList<ReportNote> notes;
    for (const Entry &entry : entries) {
        if (entry.note.trimmed().isEmpty() || entry.key.month > asOf.month())
            continue;
        const bool ofTarget = std::any_of(target.criteria.cbegin(), target.criteria.cend(),
                                          [&](const Criterion &c) { return c.indicatorCode == entry.key.indicatorCode; });
        if (!ofTarget)
            continue;
        const Indicator indicator = indicators.value(entry.key.indicatorCode);
        notes.append({indicator.name(), Period::fromMonth(entry.key.month)->label(indicator.frequency),
                      entry.note.trimmed()});
    }
    return notes;
}

} // namespace

SummaryReport SummaryReport::load(Workspace &workspace, int year, std::optional<Period> asOf,
                                  const QString &sourceName, const QDateTime &generatedAt)
{
    const YearProgress progress = loadYearProgress(workspace, year, asOf);
    if (progress.targets.isEmpty()) {
        const QList<int> years = workspace.targets().years();
        throw ExportError(years.isEmpty()
                              ? tr("The database has no targets for %1, nor for any other year.").arg(year)
                              //: %1 the year asked for, %2 the years there are, e.g. "2022, 2023"
                              : tr("The database has no targets for %1. It has targets for: %2.")
                                    .arg(year)
                                    .arg(yearsText(years)));
    }

    QHash<QString, Indicator> byCode;
    for (const Indicator &indicator : progress.indicators)
        byCode.insert(indicator.code, indicator);
    SummaryReport report;
    report.m_year = year;
    report.m_asOf = progress.asOf;
    report.m_districtName = workspace.district().name();
    report.m_sourceName = sourceName;
    report.m_generatedAt = generatedAt;
    report.m_comparison = progress.engine.comparison();
    for (qsizetype i = 0; i < progress.targets.size(); ++i)
        report.m_sections.append({progress.series.at(i), notesOf(progress.targets.at(i), progress.entries, byCode, progress.asOf)});
    return report;
}

bool SummaryReport::hasRanking(const CriterionSeries &series) const
{
    return m_comparison.standing(series.indicator().code, m_asOf.month()).has_value();
}

QString SummaryReport::title() const
{
    //: Title of the PDF summary. %1 district, %2 year, %3 month the figures run to ("June"; in Chinese "6月")
    return tr("%1: main economic targets %2, as of the end of %3")
        .arg(m_districtName)
        .arg(m_year)
        .arg(tr(monthNames.at(m_asOf.month() - 1)));
}

QString SummaryReport::generatedLine() const
{
    //: %1 date and time the PDF was made
    return tr("Generated %1").arg(m_generatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
}

ReportTable SummaryReport::summaryTable() const
{
    ReportTable table;
    table.header = {tr("No."), tr("Target"), tr("As written"), tr("Actual"), tr("Compared with"),
                    tr("Gap"), tr("Completion / time progress"), tr("Status"), tr("Light")};
    table.widths = {0.5, 1.6, 1.0, 1.1, 1.4, 1.2, 1.2, 0.95, 0.8};
    table.numeric = {false, false, false, true, false, true, true, false, false};
    table.statusColumn = 7;

    for (const ReportSection &section : m_sections) {
        const TargetProgress &latest = section.series.latest();
        const Target &target = latest.target;
        for (qsizetype c = 0; c < latest.criteria.size(); ++c) {
            const CriterionProgress &progress = latest.criteria.at(c);
            const CriterionSeries &quarters = section.series.quarters(c);
            const Indicator &indicator = quarters.indicator();
            const QString &unit = indicator.unit;

            QString name = c == 0 ? target.title() : QString();
            if (latest.criteria.size() > 1)
                name += (name.isEmpty() ? QString() : u"\n"_s) + u"· "_s + indicator.name();

            QString actual = progress.actual ? formatMeasure(*progress.actual, progress.measure, unit) : u"—"_s;
            if (progress.actual && progress.dataPeriod && *progress.dataPeriod != m_asOf)
                actual += u"\n("_s + progress.dataPeriod->label(indicator.frequency) + u')';

            // The figure the actual is set against, named as the tile names
            // it; without one, what is missing.
            QString compared;
            if (const std::optional<ComparedFigure> figure = comparedFigure(progress)) {
                //: A named figure: "Same period last year: 41 μg/m³"
                compared = tr("%1: %2").arg(quarters.name(figure->role),
                                            formatFigure(figure->value, quarters.unit(figure->role)));
            } else {
                const Indicator *reference = quarters.reference() ? &*quarters.reference() : nullptr;
                compared = missingText(progress, indicator, reference);
            }

            const QString completion = progress.amount ? formatShare(progress.amount->completion) + u" / "_s
                                                             + formatShare(progress.amount->timeProgress)
                                                       : QString();
            table.rows.append({c == 0 ? QString::number(target.ordinal) : QString(), name,
                               c == 0 ? target.statement() : QString(), actual, compared,
                               progress.gap ? formatGap(*progress.gap, progress.measure, unit) : QString(),
                               completion, statusText(progress.status),
                               lightText(warningLight(progress, indicator).colour)});
            table.rowStatus.append(progress.status);
        }
    }
    return table;
}

QStringList SummaryReport::analysis() const
{
    QStringList sentences;
    for (const ReportSection &section : m_sections) {
        const TargetProgress &latest = section.series.latest();
        for (qsizetype c = 0; c < latest.criteria.size(); ++c)
            sentences.append(analysisSentence(latest.criteria.at(c), section.series.quarters(c)));
    }
    return sentences;
}

QStringList SummaryReport::lightThresholds() const
{
    QStringList lines;
    for (const ReportSection &section : m_sections) {
        const TargetProgress &latest = section.series.latest();
        for (qsizetype c = 0; c < latest.criteria.size(); ++c) {
            const Indicator &indicator = section.series.quarters(c).indicator();
            const QString line = thresholdText(warningLight(latest.criteria.at(c), indicator), indicator);
            if (!lines.contains(line))
                lines.append(line);
        }
    }
    return lines;
}

ReportTable SummaryReport::rankingTable() const
{
    ReportTable table;
    table.header = {tr("Indicator"), tr("Period"), tr("Growth"), tr("Rank in the city"), tr("City"),
                    tr("Against the city"), tr("Change")};
    table.widths = {2.2, 0.9, 0.9, 1.0, 0.9, 1.3, 1.6};
    table.numeric = {false, false, true, true, true, true, false};
    QStringList seen;
    for (const ReportSection &section : m_sections) {
        const TargetProgress &latest = section.series.latest();
        for (qsizetype c = 0; c < latest.criteria.size(); ++c) {
            const auto &standing = latest.criteria.at(c).cityStanding;
            const Indicator &indicator = section.series.quarters(c).indicator();
            if (!standing || seen.contains(indicator.code))
                continue;
            seen.append(indicator.code);
            table.rows.append({indicator.name(), Period::fromMonth(standing->month)->label(indicator.frequency),
                               formatFigure(standing->ownGrowth, u"%"_s),
                               tr("%1 / %2").arg(standing->rank).arg(standing->unitCount),
                               standing->cityGrowth ? formatFigure(*standing->cityGrowth, u"%"_s) : u"—"_s,
                               standing->gapToCity ? formatGap(*standing->gapToCity, Measure::Growth, u"%"_s) : u"—"_s,
                               rankChangeText(*standing)});
        }
    }
    return table;
}

ReportTable SummaryReport::figuresTable(const CriterionSeries &series)
{
    ProgressTableModel model;
    model.setSeries(series);
    ReportTable table = ReportTable::fromModel(model);
    table.widths.fill(1.0, table.header.size());
    table.widths[ProgressTableModel::PeriodColumn] = 1.2;
    table.statusColumn = model.statusColumn();
    for (qsizetype row = 0; row < series.size(); ++row) {
        const auto &progress = series.point(row).progress;
        table.rowStatus.append(progress ? progress->status : Status::NoData);
    }
    return table;
}

} // namespace zhibiao
