#pragma once

#include "core/domain/entry.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <functional>
#include <optional>

namespace zhibiao {

// The latest entered figures of one year and the year before, indexed for
// the lookups progress evaluation makes: "the entry at this month" and
// "the last entry up to this month that has the figure I need".
// A snapshot: it does not follow later edits.
class YearFigures
{
public:
    YearFigures(int year, const QList<Entry> &thisYear, const QList<Entry> &lastYear);

    int year() const { return m_year; }

    // The entry of the cell, or nullptr.
    const Entry *at(const QString &indicatorCode, int year, int month) const;
    // The latest month ≤ month of year whose entry satisfies usable.
    const Entry *latestUpTo(const QString &indicatorCode, int year, int month,
                            const std::function<bool(const Entry &)> &usable) const;
    // The last month of the year with any figure of any indicator.
    std::optional<int> latestMonthWithData() const;

    // The amount of the same period last year: the entry's own
    // "same period last year" column, else last year's entry.
    std::optional<double> lastYearAmount(const Entry &entry) const;
    // Last year's full-year amount: last year's December figure, else this
    // year's December "same period last year".
    std::optional<double> lastYearFullAmount(const QString &indicatorCode) const;

private:
    // Both years of one indicator, by month: a lookup is one hash and an index.
    struct Series
    {
        std::array<std::optional<Entry>, 12> lastYear;
        std::array<std::optional<Entry>, 12> thisYear;
    };

    int m_year;
    QHash<QString, Series> m_series;
};

} // namespace zhibiao
