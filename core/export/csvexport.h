#pragma once

#include "exportsheet.h"

#include <QByteArray>
#include <QList>

namespace zhibiao {

// Writes sheets as one CSV file the way Excel on Chinese Windows opens it
// without an import wizard: UTF-8 with a BOM, commas, CRLF line ends. Each
// sheet is a section — its title, one header row, its rows — and sections
// are separated by a blank line. Numbers are written exactly (the shortest
// decimal that reads back to the same value), without thousands separators.
QByteArray csvBytes(const QList<ExportSheet> &sheets);

} // namespace zhibiao
