#pragma once

#include "core/domain/indicator.h"
#include "core/import/importplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zhibiao {

// An import plan in words, in the UI language: the counts, each revision
// (old → new), each rejected row with its reason, the rows without
// figures. The command line prints it; the import dialog shows it as the
// preview. It says what would happen, not what did.
class ImportSummary
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ImportSummary)

public:
    // indicators give the names; longer lists than maxListed are cut with
    // "… and N more" (rejected rows are always listed in full).
    static QString describe(const ImportPlan &plan, const QString &fileName, const QString &howRead,
                            const QList<Indicator> &indicators, int maxListed = 100);
};

} // namespace zhibiao
