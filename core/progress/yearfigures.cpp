#include "core/progress/yearfigures.h"

#include "core/domain/period.h"

namespace zhibiao {

YearFigures::YearFigures(int year, const QList<Entry> &thisYear, const QList<Entry> &lastYear)
    : m_year(year)
{
    for (const QList<Entry> *entries : {&lastYear, &thisYear}) {
        for (const Entry &entry : *entries) {
            const auto period = Period::fromMonth(entry.key.month);
            if (!period || (entry.key.year != year && entry.key.year != year - 1))
                continue; // not a cell of these two years
            Series &series = m_series[entry.key.indicatorCode];
            auto &months = entry.key.year == year ? series.thisYear : series.lastYear;
            months[std::size_t(period->month() - 1)] = entry;
        }
    }
}

const Entry *YearFigures::at(const QString &indicatorCode, int year, int month) const
{
    const auto found = m_series.constFind(indicatorCode);
    if (found == m_series.cend() || !Period::fromMonth(month) || (year != m_year && year != m_year - 1))
        return nullptr;
    const auto &months = year == m_year ? found->thisYear : found->lastYear;
    const std::optional<Entry> &entry = months[std::size_t(month - 1)];
    return entry ? &*entry : nullptr;
}

const Entry *YearFigures::latestUpTo(const QString &indicatorCode, int year, int month,
                                     const std::function<bool(const Entry &)> &usable) const
{
    for (int candidate = month; candidate >= Period::FirstMonth; --candidate) {
        const Entry *entry = at(indicatorCode, year, candidate);
        if (entry && usable(*entry))
            return entry;
    }
    return nullptr;
}

std::optional<int> YearFigures::latestMonthWithData() const
{
    std::optional<int> latest;
    for (const Series &series : m_series) {
        for (const std::optional<Entry> &entry : series.thisYear) {
            if (entry && (entry->ytdValue || entry->publishedGrowth) && (!latest || entry->key.month > *latest))
                latest = entry->key.month;
        }
    }
    return latest;
}

std::optional<double> YearFigures::lastYearAmount(const Entry &entry) const
{
    if (entry.lastYearValue)
        return entry.lastYearValue;
    if (const Entry *previous = at(entry.key.indicatorCode, entry.key.year - 1, entry.key.month))
        return previous->ytdValue;
    return std::nullopt;
}

std::optional<double> YearFigures::lastYearFullAmount(const QString &indicatorCode) const
{
    if (const Entry *december = at(indicatorCode, m_year - 1, Period::LastMonth); december && december->ytdValue)
        return december->ytdValue;
    if (const Entry *december = at(indicatorCode, m_year, Period::LastMonth))
        return december->lastYearValue;
    return std::nullopt;
}

} // namespace zhibiao
