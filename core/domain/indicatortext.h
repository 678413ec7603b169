#pragma once

#include "core/domain/indicator.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace zhibiao {

// How an indicator's kinds read in the UI language: one wording for the
// indicators table, the dialog that edits one, and anything else that
// names them.
class IndicatorText
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::IndicatorText)

public:
    static QString frequency(Frequency frequency);
    static QString reporting(Reporting reporting);
    static QString growth(bool realGrowth);
    static QString direction(bool lowerIsBetter);
    // "in use", or "retired from 2024".
    static QString tracking(const Indicator &indicator);
    // A cell as messages name it: "GDP 2022 1-6月" (the period as the
    // indicator reports it); with the year left out, "GDP, 1-6月".
    static QString cell(const Indicator &indicator, int month, std::optional<int> year = std::nullopt);
};

} // namespace zhibiao
