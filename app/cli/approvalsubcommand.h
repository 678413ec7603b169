#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// `zhibiao approval --db DB --year Y --month M [--submit|--approve|--return
// |--reopen] [--reason TEXT] [--closes-on DATE|none] [INDICATOR…]`: without
// an action, prints what is due in the month (each indicator's unit,
// state, who acted last and when, what is late) with the counts; with one,
// takes it on the named indicators (all of the person's that wait for it,
// if none are named) for the person at the keyboard and prints each new
// state. A transition the person may not make, or one without the reason
// it needs, exits non-zero having changed nothing (ApprovalRepository::act).
class ApprovalSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ApprovalSubcommand)

public:
    // arguments start with "zhibiao approval"; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zhibiao
