#pragma once

#include "core/import/columnmapping.h"
#include "core/import/periodtext.h"
#include "core/import/rawtable.h"

#include <QString>
#include <QStringList>

namespace zhibiao {

// Where the figures are in a table and what its columns seem to hold:
// title rows (which often name the year and period: "2022年1-5月主要经济
// 指标", "单位：万元"), one or two header rows (merged group headers such
// as "1-5月" over "累计 | 增长%" are combined), the data rows, and where
// a second table starts (the status section of Zhibiao's CSV export, say).
// Found by looking, so it can be wrong; the user confirms the mapping.
struct TableLayout
{
    int headerRow = -1;     // 0-based; -1 when no header row was recognised
    int headerRowCount = 0; // 1 or 2
    int firstDataRow = 0;
    int endRow = 0;         // exclusive: the table's last row + 1, or where a second table starts
    QStringList headers;    // each column's header, combined over the header rows
    ColumnMapping mapping;  // the guess from the headers
    PeriodText title;       // year and period found in the title rows or headers
    QString titleUnit;      // "单位：万元" above the table

    bool isRecognised() const { return headerRow >= 0; }
    // Identifies the header rows independently of the title, so a mapping
    // chosen once is found again for next month's file of the same layout.
    QString signature() const;
};

// Looks for the header in the first rows of the table.
TableLayout detectLayout(const RawTable &table);
// The layout with the header at headerRow, as the user pointed it out.
TableLayout layoutWithHeaderAt(const RawTable &table, int headerRow);

} // namespace zhibiao
