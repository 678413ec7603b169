#pragma once

#include "core/domain/entry.h"
#include "core/domain/indicator.h"

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao {

// One of the figures an entry holds. The entry grid shows one row per
// field an indicator's reporting kind needs.
enum class EntryField {
    YtdValue,        // this year's YTD amount, or the level
    LastYearValue,   // the same period last year
    PublishedGrowth, // growth in % as published
};

// The fields an indicator is entered with, in grid order.
QList<EntryField> fieldsFor(const Indicator &indicator);

std::optional<double> fieldValue(const Entry &entry, EntryField field);
void setFieldValue(Entry &entry, EntryField field, std::optional<double> value);

// "本年累计" / "YTD" etc. in the UI language, with the unit where it helps.
QString fieldLabel(const Indicator &indicator, EntryField field);

} // namespace zhibiao
