#include "tests/support/bulkindicators.h"

#include "core/storage/transaction.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

namespace zhibiao::test {

using namespace Qt::StringLiterals;

QString bulkIndicatorCode(const QString &prefix, int index)
{
    return prefix + QString::number(index);
}

void addBulkIndicators(Workspace &workspace, const QString &prefix, int count)
{
    Transaction transaction(workspace.database());
    for (int i = 0; i < count; ++i) {
        const QString code = bulkIndicatorCode(prefix, i);
        workspace.indicators().save(Indicator{code, u"指标%1"_s.arg(i), code, u"万元"_s, Frequency::Monthly,
                                              Reporting::AmountAndGrowth, false, false, 100 + i, {}, 0});
    }
    transaction.commit();
}

QByteArray bulkLongTable(int indicatorCount, int firstYear, int yearCount)
{
    QByteArray csv = "指标,年份,期间,累计值,同比增长%\n";
    for (int year = firstYear; year < firstYear + yearCount; ++year) {
        for (int i = 0; i < indicatorCount; ++i) {
            for (int month = 1; month <= 12; ++month)
                csv += u"指标%1,%2,1-%3月,%4,6.5\n"_s.arg(i).arg(year).arg(month).arg(100 + i + month * 0.5).toUtf8();
        }
    }
    return csv;
}

QString writeBulkImportFile(Workspace &workspace, const TestFolder &folder, int yearCount)
{
    addBulkIndicators(workspace, u"bulk_"_s, 100);
    const QString path = folder.path(u"large.csv"_s);
    writeFile(path, bulkLongTable(100, 2001, yearCount));
    return path;
}

} // namespace zhibiao::test
