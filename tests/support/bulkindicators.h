#pragma once

#include <QByteArray>
#include <QString>

namespace zhibiao {
class Workspace;
}

namespace zhibiao::test {

// Many made-up monthly indicators counted in 万元, for large imports in
// tests and benchmarks: codes prefix0, prefix1, …, Chinese names 指标0,
// 指标1, … and English names equal to the codes.
QString bulkIndicatorCode(const QString &prefix, int index);
// Saves count of them in one transaction.
void addBulkIndicators(Workspace &workspace, const QString &prefix, int count);
// A long table (UTF-8 CSV) of the first indicatorCount of them: every
// month of yearCount years from firstYear, year by year, with a YTD value
// of 100 + index + month / 2 and a growth of 6.5%.
QByteArray bulkLongTable(int indicatorCount, int firstYear, int yearCount);

class TestFolder;
// A file for a large import: 100 of them (prefix bulk_) added to
// workspace, and their long table of yearCount years from 2001 (1,200
// figures a year) written to folder's large.csv, whose path it returns.
QString writeBulkImportFile(Workspace &workspace, const TestFolder &folder, int yearCount);

} // namespace zhibiao::test
