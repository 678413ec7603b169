#include "core/editing/indicatorvalidator.h"

#include "core/domain/years.h"
#include "core/import/indicatormatcher.h"

#include <QRegularExpression>

namespace zhibiao {

using namespace Qt::StringLiterals;

bool IndicatorValidator::isValidCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return pattern.match(code).hasMatch();
}

QString IndicatorValidator::problem(const Indicator &indicator) const
{
    if (!isValidCode(indicator.code))
        return tr("The code names the indicator in files and in the database: lowercase letters, digits and _, "
                  "starting with a letter, at most 40 characters (for example tourism_revenue).");
    if (indicator.nameZh.trimmed().isEmpty())
        return tr("The Chinese name is missing.");
    if (indicator.unit.trimmed().isEmpty())
        return tr("The unit is missing: the unit the figures are published in, such as 亿元, 万元 or %.");
    if (indicator.retiredFrom != 0 && !isPlausibleYear(indicator.retiredFrom))
        return tr("%1 is not a year to retire the indicator from.").arg(indicator.retiredFrom);

    const IndicatorMatcher others(m_others);
    QStringList names{indicator.code, indicator.nameZh, indicator.nameEn};
    names.append(indicator.aliases);
    for (const QString &name : std::as_const(names)) {
        if (name.trimmed().isEmpty())
            continue;
        if (const Indicator *owner = others.named(name))
            //: %1 a name or alias, %2 the indicator that has it, %3 its code
            return tr("“%1” already names %2 (%3): an imported table could not tell the two apart.")
                .arg(name.trimmed(), owner->name(), owner->code);
    }
    return {};
}

} // namespace zhibiao
