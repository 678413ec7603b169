#pragma once

#include "core/import/decodedtext.h"
#include "core/import/importprogress.h"
#include "core/import/rawtable.h"

#include <QString>

namespace zhibiao {

struct TableFileOptions
{
    TextEncoding encoding = TextEncoding::Detect; // text files only
    QString sheetName;                            // workbooks only; empty: the first visible sheet
};

// Reads a file of figures as rows of text: an .xlsx workbook (recognised by
// its content, whatever the name) or CSV / tab-separated text in UTF-8,
// UTF-16 or GBK. Throws ImportError for a missing, unreadable or
// unsupported file (old binary .xls included) with a message saying what
// to do. What the rows mean is decided later (TableLayout).
// Throws ImportCancelled when progress is cancelled.
RawTable readTableFile(const QString &path, const TableFileOptions &options = {},
                       const ImportProgress &progress = ImportProgress::none());

} // namespace zhibiao
