#include "core/domain/indicator.h"

#include "core/domain/codetable.h"
#include "core/domain/language.h"

namespace zhibiao {

namespace {

constexpr CodeTable<Frequency, 3> frequencyCodes({{
    {Frequency::Monthly, u"monthly"},
    {Frequency::Quarterly, u"quarterly"},
    {Frequency::Annual, u"annual"},
}});

constexpr CodeTable<Reporting, 3> reportingCodes({{
    {Reporting::AmountAndGrowth, u"amount_growth"},
    {Reporting::GrowthOnly, u"growth"},
    {Reporting::Level, u"level"},
}});

} // namespace

QString Indicator::name() const
{
    return pickLanguage(nameZh, nameEn);
}

bool Indicator::acceptsPeriod(Period period) const
{
    return frequency != Frequency::Quarterly || period.isQuarterEnd();
}

QString toCode(Frequency frequency) { return frequencyCodes.code(frequency); }
QString toCode(Reporting reporting) { return reportingCodes.code(reporting); }
std::optional<Frequency> frequencyFromCode(const QString &code) { return frequencyCodes.value(code); }
std::optional<Reporting> reportingFromCode(const QString &code) { return reportingCodes.value(code); }

} // namespace zhibiao
