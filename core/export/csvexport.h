#pragma once

#include "core/export/exportsheet.h"

#include <QByteArray>
#include <QList>

namespace zhibiao {

// Writes sheets as one CSV file the way Excel on Chinese Windows opens it
// without an import wizard: UTF-8 with a BOM, commas, CRLF line ends. Each
// sheet is a section — its title, one header row, its rows — and sections
// are separated by a blank line. Numbers are written exactly (the shortest
// decimal that reads back to the same value), without thousands separators.
// Text that a spreadsheet would run as a formula (=, +, -, @ first) gets an
// apostrophe in front (guardFormula()), which the importer takes off again.
QByteArray csvBytes(const QList<ExportSheet> &sheets);

} // namespace zhibiao
