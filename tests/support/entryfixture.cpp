#include "tests/support/entryfixture.h"

#include <QDateTime>

namespace zhibiao::test {

Entry figure(const QString &code, int year, int month, std::optional<double> ytd, std::optional<double> lastYear,
             std::optional<double> publishedGrowth)
{
    return Entry{{code, year, month}, ytd, lastYear, publishedGrowth, {}, {}, QStringLiteral("test"),
                 QDateTime(QDate(year, month, 15), QTime(9, 0), Qt::UTC)};
}

} // namespace zhibiao::test
