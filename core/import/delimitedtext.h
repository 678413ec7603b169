#pragma once

#include "importprogress.h"
#include "rawtable.h"

#include <QByteArrayView>
#include <QChar>
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
// run as a formula (unguardFormula()). Throws ImportCancelled when progress
// is cancelled.
QList<QStringList> splitDelimitedText(QStringView text, QChar delimiter,
                                      const ImportProgress &progress = ImportProgress::none());
// The same over valid UTF-8 bytes (checked by the caller), as read from a
// file: a large file is split without first being decoded whole.
QList<QStringList> splitDelimitedUtf8(QByteArrayView utf8, char delimiter,
                                      const ImportProgress &progress = ImportProgress::none());

// Tab, comma or semicolon: whichever the first lines hold most of outside
// quotes. Excel's "Unicode text" and pasted tables use tabs; Chinese Excel
// saves CSV with commas; some European setups use semicolons.
QChar detectDelimiter(QStringView text);
char detectDelimiter(QByteArrayView utf8);

} // namespace zhibiao
