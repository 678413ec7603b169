#include "core/import/importsummary.h"

#include "core/domain/period.h"

#include <QHash>
#include <QLocale>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

QString number(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', QLocale::FloatingPointShortest) : u"—"_s;
}

QString issueLine(const RowIssue &issue)
{
    if (issue.cells.isEmpty())
        return ImportSummary::tr("Row %1: %2").arg(issue.row).arg(issue.reason);
    //: %1 row number, %2 the row's cells, %3 the reason
    return ImportSummary::tr("Row %1 (%2): %3").arg(issue.row).arg(issue.cells, issue.reason);
}

} // namespace

QString ImportSummary::describe(const ImportPlan &plan, const QString &fileName, const QString &howRead,
                                const QList<Indicator> &indicators, int maxListed)
{
    QHash<QString, const Indicator *> byCode;
    for (const Indicator &indicator : indicators)
        byCode.insert(indicator.code, &indicator);
    const auto cellName = [&byCode](const EntryKey &key) {
        const Indicator *indicator = byCode.value(key.indicatorCode);
        const Period period = *Period::fromMonth(key.month);
        return indicator ? tr("%1, %2 %3").arg(indicator->name()).arg(key.year).arg(period.label(indicator->frequency))
                         : tr("%1, %2 %3").arg(key.indicatorCode).arg(key.year).arg(period.monthLabel());
    };

    QStringList lines;
    //: %1 file name, %2 how it was read, e.g. "UTF-8, comma-separated"
    lines << tr("“%1” (%2): %n row(s) read.", nullptr, plan.rowsRead()).arg(fileName, howRead);
    lines << tr("  New values: %1").arg(plan.additions().size());
    lines << tr("  Revised values: %1").arg(plan.revisions().size());
    lines << tr("  Unchanged values: %1").arg(plan.unchangedCount());
    lines << tr("  Rejected rows: %1").arg(plan.rejected().size());
    lines << tr("  Rows without figures: %1").arg(plan.skipped().size());

    if (!plan.revisions().isEmpty()) {
        lines << tr("Revisions (old → new):");
        int listed = 0;
        for (const PlannedRevision &revision : plan.revisions()) {
            if (listed++ == maxListed) {
                lines << tr("  … and %n more.", nullptr, int(plan.revisions().size()) - maxListed);
                break;
            }
            const Entry &before = revision.before;
            const ImportedFigure &after = *revision.after;
            QStringList changes;
            if (before.ytdValue != after.ytdValue)
                changes << tr("value %1 → %2").arg(number(before.ytdValue), number(after.ytdValue));
            if (before.lastYearValue != after.lastYearValue)
                changes << tr("last year %1 → %2").arg(number(before.lastYearValue), number(after.lastYearValue));
            if (before.publishedGrowth != after.publishedGrowth)
                changes << tr("growth %1% → %2%").arg(number(before.publishedGrowth), number(after.publishedGrowth));
            if (before.note != after.note)
                changes << tr("note “%1” → “%2”").arg(before.note, after.note);
            lines << tr("  Row %1, %2: %3").arg(after.row).arg(cellName(after.key), changes.join(u"; "_s));
        }
    }
    if (!plan.rejected().isEmpty()) {
        lines << tr("Rejected rows:");
        for (const RowIssue &issue : plan.rejected())
            lines << u"  "_s + issueLine(issue);
    }
    if (!plan.skipped().isEmpty()) {
        lines << tr("Rows without figures (not imported):");
        int listed = 0;
        for (const RowIssue &issue : plan.skipped()) {
            if (listed++ == maxListed) {
                lines << tr("  … and %n more.", nullptr, int(plan.skipped().size()) - maxListed);
                break;
            }
            lines << u"  "_s + tr("Row %1 (%2)").arg(issue.row).arg(issue.cells);
        }
    }
    if (plan.unreadFrom() > 0)
        lines << tr("Rows from %1 on were not read: another table starts there.").arg(plan.unreadFrom());
    return lines.join(u'\n');
}

} // namespace zhibiao
