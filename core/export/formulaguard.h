#pragma once

#include <QString>
#include <QStringView>

namespace zhibiao {

// Keeps text written to a CSV file from running as a formula when Excel or
// WPS opens it ("CSV injection"): a note such as =HYPERLINK(…) or a name
// beginning with + - @, a tab or a carriage return gets an apostrophe in
// front, as OWASP recommends. Text that is a plain number ("-3.5") cannot
// be a formula and is written as it is; numbers are never text here.
//
// The guard is undone when such a file is read back: a cell of apostrophes
// followed by one of those characters loses one apostrophe. Text that
// began with apostrophes that way is guarded with one more, so every text
// survives the round trip exactly.
QString guardFormula(const QString &text);
// Reverses guardFormula(); text without the guard comes back unchanged.
QString unguardFormula(const QString &text);
// Whether unguardFormula() would change text (a cheap test, for bulk reads).
bool hasFormulaGuard(QStringView text);

} // namespace zhibiao
