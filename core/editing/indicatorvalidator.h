#pragma once

#include "core/domain/indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zhibiao {

// Checks an indicator as the user defined it (the indicators screen)
// before it is stored: a code files can carry, the names a table needs, and
// no name, alias or code that another indicator already answers to, which
// would make an import's matching depend on the order of the indicators.
class IndicatorValidator
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::IndicatorValidator)

public:
    // others: every other indicator of the database (not the one edited).
    explicit IndicatorValidator(const QList<Indicator> &others) : m_others(others) {}

    // The first problem, in the UI language; empty when there is none.
    QString problem(const Indicator &indicator) const;

    // "gdp", "tourism_revenue": lowercase ASCII letters, digits and _,
    // starting with a letter, at most 40 characters.
    static bool isValidCode(const QString &code);

private:
    QList<Indicator> m_others;
};

} // namespace zhibiao
