#pragma once

#include "core/domain/entry.h"
#include "core/import/columnmapping.h"
#include "core/import/importprogress.h"
#include "core/import/indicatormatcher.h"
#include "core/import/periodtext.h"
#include "core/import/rawtable.h"
#include "core/import/tablelayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace zhibiao {

// What the person importing says about what the file does not.
struct ImportOptions
{
    // The year of rows that name none. Rows that name another year are
    // rejected: the person said which year the file is for.
    std::optional<int> year;
    // The period of figure columns that name none ("本月止累计" under a
    // title without a period).
    std::optional<int> month;
};

// The figures one row gives for one period.
struct ImportedFigure : CellFigures
{
    int row = 0; // 1-based, as the spreadsheet shows it

    bool hasFigures() const { return !isCleared(); }
};

// A row that is not imported, and why (in the UI language).
struct RowIssue
{
    int row = 0;   // 1-based
    QString cells; // the row's text, shortened, so the user can find it
    QString reason;
};

struct FigureReading
{
    // The figures in file order, in parts: a large table is read by two
    // threads, each into a list of its own (joining them would copy a
    // hundred megabytes).
    QList<QList<ImportedFigure>> figureParts;
    QList<RowIssue> rejected; // rows with figures that cannot be imported
    QList<RowIssue> skipped;  // rows with text but no figures: headings, footnotes
    int rowsRead = 0;         // non-blank data rows
    int unreadFrom = 0;       // 1-based first row of a second table that was not read; 0: none
};

// What a text of a column (a name, a period) means, worked out once per
// distinct text. Rows of one indicator come in runs (its periods, its
// years): the last answer serves most rows without a string made for the
// lookup. Not copied: it holds an iterator into its own table.
template<typename Value>
class TextMemo
{
public:
    TextMemo() = default;
    Q_DISABLE_COPY_MOVE(TextMemo)

    // compute(const QString &) gives the meaning of a text not seen before.
    template<typename Compute>
    const Value &get(QStringView text, Compute compute)
    {
        if (m_last != m_values.end() && text == m_last.key())
            return *m_last;
        const QString key = text.toString();
        m_last = m_values.find(key);
        if (m_last == m_values.end())
            m_last = m_values.insert(key, compute(key));
        return *m_last;
    }

private:
    QHash<QString, Value> m_values;
    typename QHash<QString, Value>::iterator m_last = m_values.end();
};

// Turns the data rows of a table into figures by indicator, year and
// period, under a column mapping: matches names, reads numbers as people
// write them (parseFigure), converts 亿元/万元 to the indicator's unit,
// and rejects a row, saying why, rather than guess. It does not look at
// the database: whether a figure is new or a revision is ImportPlan's job.
class FigureReader
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::FigureReader)

public:
    FigureReader(const IndicatorMatcher &matcher, const ImportOptions &options);

    // Throws ImportCancelled when progress is cancelled.
    FigureReading read(const RawTable &table, const TableLayout &layout, const ColumnMapping &mapping,
                       const ImportProgress &progress = ImportProgress::none());

private:
    struct RowContext;

    // Reads rows first to end - 1 into a new part of reading; returns early when *stop is set.
    void readRows(const RawTable &table, const RowContext &context, int first, int end, FigureReading &reading,
                  const ImportProgress &progress, const std::atomic<bool> *stop);
    // Appends the row's figures to figures, or a rejected or skipped issue to reading.
    void readRow(const RawRow &cells, int row, const RowContext &context, QList<ImportedFigure> &figures,
                 FigureReading &reading);
    QString resolveIndicator(const RawRow &cells, const RowContext &context, IndicatorName &name);
    QString resolveYear(const RawRow &cells, const RowContext &context, const PeriodText &period, int &year) const;
    const IndicatorName &matchName(QStringView cell);
    const PeriodText &parsePeriod(QStringView cell);
    std::optional<double> factorFor(const QString &unit, const Indicator &indicator);

    const IndicatorMatcher &m_matcher;
    ImportOptions m_options;
    TextMemo<IndicatorName> m_names;
    TextMemo<PeriodText> m_periods;
    TextMemo<std::optional<double>> m_factors; // by unit and the indicator's unit
};

} // namespace zhibiao
