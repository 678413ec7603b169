#pragma once

#include "core/import/importprogress.h"
#include "core/import/rawtable.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace zhibiao {

// Splits CSV or tab-separated text (as Excel and WPS save it) into rows of
// cells: fields separated by the delimiter, rows by "\r\n", "\n" or "\r".
// A field that starts with a quote runs to the matching quote and may hold
// delimiters and line breaks ("a""b" is a"b); stray quotes elsewhere are
// kept as text. A blank line is a row with one empty cell, so row numbers
// stay those a spreadsheet shows; the final line break ends the last row.
// Knows nothing of headers or figures, except that it takes off the
// apostrophe Zhibiao's CSV export puts before text that a spreadsheet would
// run as a formula (unguardFormula()). The table keeps text, and its cells
// are spans of it. Throws ImportCancelled when progress is cancelled.
RawTable splitDelimited(QString text, QChar delimiter, const ImportProgress &progress = ImportProgress::none());

// Tab, comma or semicolon: whichever the first lines hold most of outside
// quotes. Excel's "Unicode text" and pasted tables use tabs; Chinese Excel
// saves CSV with commas; some European setups use semicolons.
QChar detectDelimiter(QStringView text);

} // namespace zhibiao
