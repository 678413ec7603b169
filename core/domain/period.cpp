#include "core/domain/period.h"

#include "core/domain/indicator.h"

#include <QCoreApplication>

#include <array>

namespace zhibiao {

namespace {

// One translatable string per period rather than a pattern with arguments:
// Chinese and English build these labels differently ("1-5月" vs "Jan–May").
constexpr std::array monthLabels = {
    QT_TRANSLATE_NOOP("Period", "January"),
    QT_TRANSLATE_NOOP("Period", "Jan–Feb"),
    QT_TRANSLATE_NOOP("Period", "Jan–Mar"),
    QT_TRANSLATE_NOOP("Period", "Jan–Apr"),
    QT_TRANSLATE_NOOP("Period", "Jan–May"),
    QT_TRANSLATE_NOOP("Period", "Jan–Jun"),
    QT_TRANSLATE_NOOP("Period", "Jan–Jul"),
    QT_TRANSLATE_NOOP("Period", "Jan–Aug"),
    QT_TRANSLATE_NOOP("Period", "Jan–Sep"),
    QT_TRANSLATE_NOOP("Period", "Jan–Oct"),
    QT_TRANSLATE_NOOP("Period", "Jan–Nov"),
    QT_TRANSLATE_NOOP("Period", "Jan–Dec"),
};

constexpr std::array quarterLabels = {
    QT_TRANSLATE_NOOP("Period", "Q1"),
    QT_TRANSLATE_NOOP("Period", "H1"),
    QT_TRANSLATE_NOOP("Period", "Q1–Q3"),
    QT_TRANSLATE_NOOP("Period", "Full year"),
};

} // namespace

std::optional<Period> Period::fromMonth(int month)
{
    if (month < FirstMonth || month > LastMonth)
        return std::nullopt;
    return Period(month);
}

std::optional<Period> Period::quarterEnd(int quarter)
{
    if (quarter < 1 || quarter > 4)
        return std::nullopt;
    return Period(quarter * 3);
}

QString Period::monthLabel() const
{
    return QCoreApplication::translate("Period", monthLabels.at(m_month - 1));
}

QString Period::quarterLabel() const
{
    return QCoreApplication::translate("Period", quarterLabels.at(quarter() - 1));
}

QString Period::label(Frequency frequency) const
{
    if (frequency == Frequency::Quarterly && isQuarterEnd())
        return quarterLabel();
    return monthLabel();
}

} // namespace zhibiao
