#include "core/domain/entryfield.h"

#include <QCoreApplication>

namespace zhibiao {

namespace {

struct EntryFieldText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::EntryField)
};

} // namespace

QList<EntryField> fieldsFor(const Indicator &indicator)
{
    switch (indicator.reporting) {
    case Reporting::AmountAndGrowth:
        return {EntryField::YtdValue, EntryField::LastYearValue, EntryField::PublishedGrowth};
    case Reporting::GrowthOnly:
        return {EntryField::PublishedGrowth};
    case Reporting::Level:
        return {EntryField::YtdValue, EntryField::LastYearValue};
    }
    return {};
}

std::optional<double> fieldValue(const Entry &entry, EntryField field)
{
    switch (field) {
    case EntryField::YtdValue:
        return entry.ytdValue;
    case EntryField::LastYearValue:
        return entry.lastYearValue;
    case EntryField::PublishedGrowth:
        return entry.publishedGrowth;
    }
    return std::nullopt;
}

void setFieldValue(Entry &entry, EntryField field, std::optional<double> value)
{
    switch (field) {
    case EntryField::YtdValue:
        entry.ytdValue = value;
        break;
    case EntryField::LastYearValue:
        entry.lastYearValue = value;
        break;
    case EntryField::PublishedGrowth:
        entry.publishedGrowth = value;
        break;
    }
}

QString fieldLabel(const Indicator &indicator, EntryField field)
{
    const bool level = indicator.reporting == Reporting::Level;
    switch (field) {
    case EntryField::YtdValue:
        return level ? EntryFieldText::tr("This year (%1)").arg(indicator.unit)
                     : EntryFieldText::tr("Year to date (%1)").arg(indicator.unit);
    case EntryField::LastYearValue:
        return EntryFieldText::tr("Same period last year (%1)").arg(indicator.unit);
    case EntryField::PublishedGrowth:
        return EntryFieldText::tr("Growth, published (%)");
    }
    return {};
}

} // namespace zhibiao
