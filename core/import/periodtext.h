#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace zhibiao {

// What a period cell or a header or title says about the year and the
// year-to-date period. month follows Period: the month a year-to-date
// figure ends in (1-5月 is 5; 1-2月 and 2月 are 2; 一季度 is 3).
struct PeriodText
{
    std::optional<int> year;
    std::optional<int> month;
    // Set when the text names a period that is not year-to-date ("3-5月",
    // "二季度", "下半年"): such figures cannot be stored as they are.
    QString problem;
    // Where the period was found in the text (findPeriodIn only), so a
    // header can be read without it: "1-5月累计" is "累计" for 1-5月.
    qsizetype start = -1;
    qsizetype length = 0;

    bool isEmpty() const { return !year && !month && problem.isEmpty(); }
};

// A whole cell of a period column as people write it: "1-5月", "1—5月",
// "1~5月份", "5月", "一至五月", "一季度", "上半年", "前三季度", "全年",
// "2022年1-5月", "2022-05", "2022-05-31", "202205", "5", and the English
// labels Zhibiao exports ("Jan–May", "January", "Q1", "H1", "Q1–Q3",
// "Full year"). Full-width characters and spaces are allowed. Text that
// is not a period gives an empty result.
PeriodText parsePeriodText(QStringView text);

// The year ("2022年", or a lone 19xx/20xx) and period found anywhere in a
// longer text: a header "1-5月累计", a title "2022年1-5月主要经济指标".
PeriodText findPeriodIn(QStringView text);

// Letters and digits as ASCII (NFKC) and no spaces: the form the readers
// of headers, periods and indicator names compare.
QString foldForMatching(QStringView text);
// The same without any space: how names are looked up ("渌 口" is "渌口").
QString foldedKey(QStringView text);

} // namespace zhibiao
