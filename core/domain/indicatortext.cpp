#include "core/domain/indicatortext.h"

#include "core/domain/period.h"

namespace zhibiao {

QString IndicatorText::frequency(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Monthly:
        return tr("Monthly");
    case Frequency::Quarterly:
        return tr("Quarterly");
    case Frequency::Annual:
        return tr("Annual");
    }
    return {};
}

QString IndicatorText::reporting(Reporting reporting)
{
    switch (reporting) {
    case Reporting::AmountAndGrowth:
        return tr("Amount and growth");
    case Reporting::GrowthOnly:
        return tr("Growth only");
    case Reporting::Level:
        return tr("A level or rate");
    }
    return {};
}

QString IndicatorText::growth(bool realGrowth)
{
    //: Growth "at comparable prices" (可比价) is given by the bureau, never computed from amounts.
    return realGrowth ? tr("Real (comparable prices)") : tr("Nominal");
}

QString IndicatorText::direction(bool lowerIsBetter)
{
    return lowerIsBetter ? tr("Lower is better") : tr("Higher is better");
}

QString IndicatorText::tracking(const Indicator &indicator)
{
    //: %1 a year
    return indicator.retiredFrom == 0 ? tr("In use") : tr("Retired from %1").arg(indicator.retiredFrom);
}

QString IndicatorText::cell(const Indicator &indicator, int month, std::optional<int> year)
{
    const auto period = Period::fromMonth(month);
    const QString periodLabel = period ? period->label(indicator.frequency) : QString::number(month);
    if (!year)
        return QStringLiteral("%1, %2").arg(indicator.name(), periodLabel);
    return QStringLiteral("%1 %2 %3").arg(indicator.name(), QString::number(*year), periodLabel);
}

} // namespace zhibiao
