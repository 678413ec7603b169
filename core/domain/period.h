#pragma once

#include <QString>

#include <compare>
#include <optional>

namespace zhibiao {

enum class Frequency;

// A reporting period inside one year, named by the month its year-to-date
// figure ends in. Chinese statistics publish January and February together,
// so month 2 is the period "1-2月"; quarters end in months 3, 6, 9 and 12.
// Period knows nothing about which indicator it belongs to.
class Period
{
public:
    static constexpr int FirstMonth = 1;
    static constexpr int LastMonth = 12;

    // nullopt when month is outside 1..12, so callers must handle bad input.
    static std::optional<Period> fromMonth(int month);
    static std::optional<Period> quarterEnd(int quarter);
    static Period yearEnd() { return Period(LastMonth); }

    int month() const { return m_month; }
    int quarter() const { return (m_month + 2) / 3; }
    bool isQuarterEnd() const { return m_month % 3 == 0; }
    bool isYearEnd() const { return m_month == LastMonth; }

    // Share of the year elapsed at the end of this period (时间进度): m/12.
    double timeProgress() const { return m_month / double(LastMonth); }

    // The label statisticians use for a year-to-date figure, in the UI
    // language: "1-5月" / "Jan–May"; for quarterly figures "上半年" / "H1".
    QString label(Frequency frequency) const;
    QString monthLabel() const;
    QString quarterLabel() const;

    friend auto operator<=>(const Period &, const Period &) = default;

private:
    explicit constexpr Period(int month) : m_month(month) {}
    int m_month;
};

} // namespace zhibiao
