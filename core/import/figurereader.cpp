#include "core/import/figurereader.h"

#include "core/domain/period.h"
#include "core/domain/years.h"
#include "core/editing/numberparser.h"
#include "core/import/unitscale.h"
#include "core/memory/largememory.h"

#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <future>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Progress is passed on every this many rows.
constexpr int ProgressInterval = 4096;
// From this many rows on, a table is read by two threads.
constexpr int ParallelRows = 100'000;

bool isPercent(QStringView unit)
{
    if (unit == u"%" || unit == u"％")
        return true;
    // Folding is costly and done per row: only for text that may be a percent sign.
    return (unit.contains(u'%') || unit.contains(u'％')) && foldForMatching(unit) == u"%";
}

QStringView cellAt(const RawRow &cells, int column)
{
    return cells.at(column).trimmed();
}

} // namespace

struct FigureReader::RowContext
{
    const TableLayout &layout;
    const ColumnMapping &mapping;
    QList<int> indicatorColumns;
    QList<int> figureColumns; // figures and notes
    QList<ColumnRole> figureRoles; // their roles, looked up once rather than per row
    int unitColumn = -1;
    int yearColumn = -1;
    int periodColumn = -1;
};

FigureReader::FigureReader(const IndicatorMatcher &matcher, const ImportOptions &options)
    : m_matcher(matcher)
    , m_options(options)
{
}

const IndicatorName &FigureReader::matchName(QStringView cell)
{
    return m_names.get(cell, [this](const QString &text) { return m_matcher.match(text); });
}

const PeriodText &FigureReader::parsePeriod(QStringView cell)
{
    return m_periods.get(cell, [](const QString &text) { return parsePeriodText(text); });
}

FigureReading FigureReader::read(const RawTable &table, const TableLayout &layout, const ColumnMapping &mapping,
                                 const ImportProgress &progress)
{
    RowContext context{layout, mapping, {}, {}, {}};
    for (int c = 0; c < mapping.columns.size(); ++c) {
        switch (mapping.columns.at(c).field) {
        case ColumnField::Indicator:
            context.indicatorColumns.append(c);
            break;
        case ColumnField::Unit:
            context.unitColumn = c;
            break;
        case ColumnField::Year:
            context.yearColumn = c;
            break;
        case ColumnField::Period:
            context.periodColumn = c;
            break;
        case ColumnField::Value:
        case ColumnField::LastYearValue:
        case ColumnField::Growth:
        case ColumnField::Note:
            context.figureColumns.append(c);
            context.figureRoles.append(mapping.columns.at(c));
            break;
        case ColumnField::Ignore:
            break;
        }
    }

    const int first = layout.firstDataRow;
    const int end = std::min(layout.endRow, table.rowCount());
    FigureReading reading;
    // Rows are read independently of each other: a large table is read in
    // two halves at once, the second on another thread by a reader of its
    // own (its memos are not shared). This thread's half reports progress
    // for both; when it stops (cancelled, or failing), the other is told
    // to stop and waited for.
    if (end - first >= ParallelRows && QThread::idealThreadCount() > 1) {
        const int middle = first + (end - first) / 2;
        std::atomic<bool> stop = false;
        std::future<FigureReading> secondHalf = std::async(std::launch::async, [&] {
            FigureReader reader(m_matcher, m_options);
            FigureReading half;
            reader.readRows(table, context, middle, end, half, ImportProgress::none(), &stop);
            return half;
        });
        try {
            readRows(table, context, first, middle, reading, progress, nullptr);
        } catch (...) {
            stop = true;
            secondHalf.wait();
            throw;
        }
        FigureReading half = secondHalf.get();
        reading.figureParts.append(std::move(half.figureParts));
        reading.rejected.append(std::move(half.rejected));
        reading.skipped.append(std::move(half.skipped));
        reading.rowsRead += half.rowsRead;
    } else {
        readRows(table, context, first, end, reading, progress, nullptr);
    }
    if (end < table.rowCount())
        reading.unreadFrom = end + 1;
    progress.advance(ImportProgress::Step::ReadingFigures, 1, 1);
    return reading;
}

void FigureReader::readRows(const RawTable &table, const RowContext &context, int first, int end,
                            FigureReading &reading, const ImportProgress &progress, const std::atomic<bool> *stop)
{
    QList<ImportedFigure> &figures = reading.figureParts.emplace_back();
    reserveLarge(figures, std::max(0, end - first));
    for (int r = first; r < end; ++r) {
        if ((r - first) % ProgressInterval == 0) {
            progress.advance(ImportProgress::Step::ReadingFigures, r - first, end - first);
            if (stop && *stop)
                return;
        }
        const RawRow cells = table.row(r);
        if (cells.isBlank())
            continue;
        ++reading.rowsRead;
        readRow(cells, r + 1, context, figures, reading);
    }
}

QString FigureReader::resolveIndicator(const RawRow &cells, const RowContext &context, IndicatorName &name)
{
    QStringView firstText;
    for (const int column : context.indicatorColumns) {
        const QStringView text = cellAt(cells, column);
        if (text.isEmpty())
            continue;
        if (firstText.isEmpty())
            firstText = text;
        const IndicatorName &candidate = matchName(text);
        if (!candidate.indicator)
            continue;
        if (!name.indicator) {
            name = candidate;
        } else if (name.indicator != candidate.indicator) {
            name = IndicatorName();
            return tr("The row names two different indicators: “%1” and “%2”.").arg(firstText, text);
        }
    }
    if (name.indicator)
        return {};
    if (firstText.isEmpty())
        return tr("The row has figures but no indicator name.");
    return tr("“%1” matches no indicator (by name, alias or code).").arg(firstText);
}

QString FigureReader::resolveYear(const RawRow &cells, const RowContext &context, const PeriodText &period,
                                  int &year) const
{
    std::optional<int> stated;
    if (const QStringView text = cellAt(cells, context.yearColumn); !text.isEmpty()) {
        bool ok = false;
        int value = text.toInt(&ok);
        if (!ok)
            value = foldForMatching(text).remove(u'年').toInt(&ok);
        if (!ok || !isPlausibleYear(value))
            return tr("“%1” is not a year.").arg(text);
        stated = value;
    }
    if (!stated)
        stated = period.year;
    if (!stated)
        stated = context.layout.title.year;
    if (stated && m_options.year && *stated != *m_options.year)
        return tr("The row is for %1, but the import is for %2.").arg(*stated).arg(*m_options.year);
    if (!stated)
        stated = m_options.year;
    if (!stated)
        return tr("The file does not say which year its figures are for; choose the year.");
    year = *stated;
    return {};
}

void FigureReader::readRow(const RawRow &cells, int row, const RowContext &context, QList<ImportedFigure> &figuresRead,
                           FigureReading &reading)
{
    const auto reject = [&](const QString &reason) { reading.rejected.append(RowIssue{row, cells.summary(), reason}); };
    // Each figure cell is read once; a million-row file makes this count.
    QVarLengthArray<ParsedNumber, 16> numbers(context.figureColumns.size());
    bool hasFigureText = false;
    for (qsizetype i = 0; i < context.figureColumns.size(); ++i) {
        if (context.figureRoles.at(i).holdsFigures()) {
            numbers[i] = parseFigure(cellAt(cells, context.figureColumns.at(i)));
            hasFigureText = hasFigureText || !numbers[i].isMissing();
        }
    }

    IndicatorName name;
    const QString nameProblem = resolveIndicator(cells, context, name);
    if (!hasFigureText) {
        reading.skipped.append(RowIssue{row, cells.summary(), tr("No figures in this row.")});
        return;
    }
    if (!name.indicator || !nameProblem.isEmpty())
        return reject(nameProblem);
    const Indicator &indicator = *name.indicator;

    PeriodText period;
    if (const QStringView text = cellAt(cells, context.periodColumn); !text.isEmpty()) {
        period = parsePeriod(text);
        if (!period.problem.isEmpty())
            return reject(period.problem);
        if (!period.month)
            return reject(tr("“%1” is not a period such as 1-5月 or 一季度.").arg(text));
    }
    int year = 0;
    if (const QString problem = resolveYear(cells, context, period, year); !problem.isEmpty())
        return reject(problem);

    const QString rowUnit = cellAt(cells, context.unitColumn).toString();
    const QString namedUnit = rowUnit.isEmpty() ? name.unit : rowUnit;
    // "地区生产总值 | % | 7.2": a row in % of an indicator counted in 亿元
    // carries its growth rate.
    const bool growthRow = name.growthRow || (isPercent(namedUnit) && !isPercent(indicator.unit));
    const std::optional<int> defaultMonth =
        period.month ? period.month : context.layout.title.month ? context.layout.title.month : m_options.month;

    QVarLengthArray<ImportedFigure, 4> figures; // one per period the row gives
    const auto figureFor = [&figures](int month) -> ImportedFigure & {
        for (ImportedFigure &figure : figures) {
            if (figure.key.month == month)
                return figure;
        }
        figures.append(ImportedFigure());
        figures.back().key.month = month;
        return figures.back();
    };
    QString looseNote;
    for (qsizetype i = 0; i < context.figureColumns.size(); ++i) {
        const int column = context.figureColumns.at(i);
        const ColumnRole &role = context.figureRoles.at(i);
        const std::optional<int> month = role.month ? role.month : defaultMonth;
        if (role.field == ColumnField::Note) {
            if (const QStringView text = cellAt(cells, column); !text.isEmpty())
                (month ? figureFor(*month).note : looseNote) = text.toString();
            continue;
        }
        const ParsedNumber &number = numbers.at(i);
        if (number.isMissing())
            continue;
        if (number.isError())
            return reject(tr("Column “%1”: %2").arg(context.layout.headers.value(column), number.errorMessage()));
        if (!month) {
            return reject(tr("Column “%1” does not say which period its figures are for; choose the period.")
                              .arg(context.layout.headers.value(column)));
        }

        ColumnField field = role.field;
        if (growthRow && field == ColumnField::Value)
            field = ColumnField::Growth;
        double value = number.value();
        if (field != ColumnField::Growth) {
            if (number.hadPercentSign() && !isPercent(indicator.unit)) {
                return reject(tr("“%1” is a percentage, but %2 is counted in %3.")
                                  .arg(cellAt(cells, column), indicator.name(), indicator.unit));
            }
            QString unit = !namedUnit.isEmpty() ? namedUnit : role.unit;
            // "单位：万元" above a table also holding rates applies to amounts only.
            if (unit.isEmpty() && !context.layout.titleUnit.isEmpty() && factorFor(context.layout.titleUnit, indicator))
                unit = context.layout.titleUnit;
            const std::optional<double> factor = unit.isEmpty() ? 1.0 : factorFor(unit, indicator);
            if (!factor)
                return reject(tr("%1 is counted in %2; figures in %3 cannot be converted.").arg(indicator.name(), indicator.unit, unit));
            value = scaleAmount(value, *factor);
        }
        ImportedFigure &figure = figureFor(*month);
        std::optional<double> &slot = field == ColumnField::Value           ? figure.ytdValue
                                      : field == ColumnField::LastYearValue ? figure.lastYearValue
                                                                            : figure.publishedGrowth;
        if (slot && *slot != value)
            return reject(tr("Two columns give different figures for the same cell (%1 and %2).").arg(*slot).arg(value));
        slot = value;
    }

    std::sort(figures.begin(), figures.end(),
              [](const ImportedFigure &a, const ImportedFigure &b) { return a.key.month < b.key.month; });
    const auto withFigures = std::remove_if(figures.begin(), figures.end(),
                                            [](const ImportedFigure &figure) { return !figure.hasFigures(); });
    figures.erase(withFigures, figures.end());
    for (ImportedFigure &figure : figures) {
        const std::optional<Period> monthPeriod = Period::fromMonth(figure.key.month);
        if (!monthPeriod || !indicator.acceptsPeriod(*monthPeriod)) {
            return reject(tr("%1 is published at quarter ends only; there is no figure for %2.")
                              .arg(indicator.name(), monthPeriod ? monthPeriod->monthLabel()
                                                                 : QString::number(figure.key.month)));
        }
        figure.key.indicatorCode = indicator.code;
        figure.key.year = year;
        figure.row = row;
    }
    if (figures.isEmpty()) {
        reading.skipped.append(RowIssue{row, cells.summary(), tr("No figures in this row.")});
        return;
    }
    if (!looseNote.isEmpty() && figures.back().note.isEmpty())
        figures.back().note = looseNote;
    for (ImportedFigure &figure : figures)
        figuresRead.append(std::move(figure));
}

std::optional<double> FigureReader::factorFor(const QString &unit, const Indicator &indicator)
{
    const QString key = unit + u'\x1f' + indicator.unit;
    return m_factors.get(key, [&](const QString &) { return unitFactor(unit, indicator.unit); });
}

} // namespace zhibiao
