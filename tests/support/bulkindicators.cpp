#include "bulkindicators.h"

#include "transaction.h"
#include "workspace.h"

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
                                              Reporting::AmountAndGrowth, false, false, 100 + i});
    }
    transaction.commit();
}

} // namespace zhibiao::test
