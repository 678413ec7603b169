#pragma once

#include "core/domain/period.h"

namespace zhibiao {

class YearFigures;

// The period a year's verdicts are for when nobody chose one: the latest
// month of the year with any figure of any indicator, so the dashboard,
// the PDF summary and the export open on the newest news; year end when
// the year has no figure yet.
Period defaultAsOf(const YearFigures &figures);

} // namespace zhibiao
