#include "app/cli/approvalsubcommand.h"

#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "core/approval/duelist.h"
#include "core/domain/usererror.h"
#include "core/import/periodtext.h"

#include <QHash>
#include <QLocale>

#include <optional>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

// An indicator as typed: its code, or its name in either language.
std::optional<QString> indicatorCode(const QList<Indicator> &indicators, const QString &typed)
{
    for (const Indicator &indicator : indicators) {
        if (typed == indicator.code || typed == indicator.nameZh || typed.compare(indicator.nameEn, Qt::CaseInsensitive) == 0
            || indicator.aliases.contains(typed))
            return indicator.code;
    }
    return std::nullopt;
}

QString monthText(int month)
{
    return Period::fromMonth(month)->label(Frequency::Monthly);
}

QString dueText(Workspace &workspace, int year, int month, const Approver &who)
{
    const QList<Indicator> indicators = workspace.indicators().all();
    QHash<QString, QString> indicatorNames;
    for (const Indicator &indicator : indicators)
        indicatorNames.insert(indicator.code, indicator.name());
    QHash<QString, QString> unitNames;
    for (const ResponsibleUnit &unit : workspace.approvals().units())
        unitNames.insert(unit.code, unit.name());
    const std::optional<QDate> closesOn = workspace.approvals().closingDate(year, month);
    const DueList due = DueList::of(workspace.approvals().month(year, month), closesOn, QDate::currentDate(),
                                    who.role == Role::Clerk ? who.unitCode : QString());
    const QLocale locale;
    //: %1 year, %2 period such as 1-6月
    QString text = ApprovalSubcommand::tr("%1 %2:").arg(QString::number(year), monthText(month));
    text += u' '
            + (closesOn ? ApprovalSubcommand::tr("entry closes after %1.").arg(locale.toString(*closesOn, QLocale::ShortFormat))
                        : ApprovalSubcommand::tr("no closing date."));
    for (const DueList::Row &row : due.rows) {
        const MonthApproval &approval = row.approval;
        QStringList columns = {approval.unitCode.isEmpty() ? ApprovalSubcommand::tr("(no unit)")
                                                           : unitNames.value(approval.unitCode),
                               indicatorNames.value(approval.indicatorCode), ApprovalText::state(approval.record.state)};
        if (!approval.record.actedBy.isEmpty())
            columns.append(approval.record.actedBy + u' '
                           + locale.toString(approval.record.actedAt.toLocalTime(), QLocale::ShortFormat));
        if (!approval.record.reason.isEmpty())
            //: %1 the reason a reviewer gave
            columns.append(ApprovalSubcommand::tr("reason: %1").arg(approval.record.reason));
        if (row.late)
            columns.append(ApprovalSubcommand::tr("LATE"));
        text += u'\n' + columns.join(u"  "_s);
    }
    //: the counts of a month's due list; %1 of %2 reported (a percentage %3)
    text += u'\n'
            + ApprovalSubcommand::tr("%1 of %2 submitted or approved (%3%): %4 approved, %5 waiting for review, %6 "
                                     "with the units (%7 returned), %8 late.")
                  .arg(due.submitted + due.approved)
                  .arg(due.total())
                  .arg(locale.toString(due.reportedShare() * 100, 'f', 0))
                  .arg(due.approved)
                  .arg(due.submitted)
                  .arg(due.open)
                  .arg(due.returned)
                  .arg(due.late);
    return text;
}

} // namespace

int ApprovalSubcommand::run(const QStringList &arguments)
{
    CommandParser parser(u"approval"_s,
                         tr("Shows what is due in a month, or submits, approves, returns or reopens its figures: "
                            "the named indicators (codes or names), else all of yours that wait for the action."),
                         tr("Run zhibiao approval --help for usage."));
    parser.addYearOption(tr("The year of the figures."), tr("Say which year with --year."));
    const QCommandLineOption monthOption(u"month"_s, tr("The month: 1-12 or a period such as 1-6月."), tr("MONTH"));
    const QCommandLineOption submit(u"submit"_s, tr("Submit the figures for review."));
    const QCommandLineOption approve(u"approve"_s, tr("Approve them: the month is locked."));
    const QCommandLineOption giveBack(u"return"_s, tr("Return them to their unit, with --reason."));
    const QCommandLineOption reopen(u"reopen"_s, tr("Reopen an approved month, with --reason."));
    const QCommandLineOption reasonOption(u"reason"_s, tr("Why they are returned or reopened."), tr("TEXT"));
    const QCommandLineOption closesOption(u"closes-on"_s,
                                          tr("Set the month's closing date (YYYY-MM-DD), or none to remove it."),
                                          tr("DATE"));
    parser.addOptions({monthOption, submit, approve, giveBack, reopen, reasonOption, closesOption});
    parser.addPositionalArgument(tr("INDICATOR"), tr("The indicators to act on (default: all of yours)."),
                                 tr("[INDICATOR…]"));
    if (const std::optional<int> done = parser.parse(arguments))
        return *done;
    const int year = *parser.year();
    if (!parser.isSet(monthOption))
        return parser.usageError(tr("Say which month with --month, e.g. --month 6."));
    const PeriodText period = parsePeriodText(parser.value(monthOption));
    if (!period.month || !Period::fromMonth(*period.month))
        return parser.usageError(period.problem.isEmpty()
                                     ? tr("“%1” is not a month: give 1 to 12 or a period such as 1-6月.")
                                           .arg(parser.value(monthOption))
                                     : period.problem);
    const int month = *period.month;

    std::optional<ApprovalAction> action;
    int actions = 0;
    for (const auto &[option, meant] : {std::pair{&submit, ApprovalAction::Submit}, {&approve, ApprovalAction::Approve},
                                        {&giveBack, ApprovalAction::Return}, {&reopen, ApprovalAction::Reopen}}) {
        if (parser.isSet(*option)) {
            action = meant;
            ++actions;
        }
    }
    if (actions > 1)
        return parser.usageError(tr("Give one of --submit, --approve, --return and --reopen."));
    if (!action && !parser.positionalArguments().isEmpty())
        return parser.usageError(tr("Say what to do with the indicators: --submit, --approve, --return or --reopen."));
    std::optional<std::optional<QDate>> closesOn;
    if (parser.isSet(closesOption)) {
        const QString typed = parser.value(closesOption);
        const QDate date = QDate::fromString(typed, Qt::ISODate);
        if (typed != u"none"_s && !date.isValid())
            return parser.usageError(tr("“%1” is not a date: give it as 2022-07-10, or none.").arg(typed));
        closesOn = typed == u"none"_s ? std::nullopt : std::optional<QDate>(date);
    }

    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.databasePath());
    if (!workspace)
        return Failure;
    return runReportingErrors([&] {
        ApprovalRepository &approvals = workspace->approvals();
        const Approver who = approvals.currentApprover();
        // Everything is checked before anything is written.
        const QList<Indicator> indicators = workspace->indicators().all();
        QStringList codes;
        for (const QString &typed : parser.positionalArguments()) {
            const std::optional<QString> code = indicatorCode(indicators, typed);
            if (!code)
                throw UserError(tr("There is no indicator “%1”. Nothing was changed.").arg(typed));
            codes.append(*code);
        }
        if (closesOn && who.role != Role::Admin && who.role != Role::Reviewer)
            throw UserError(tr("Only a reviewer or an administrator sets a closing date. Nothing was changed."));
        if (closesOn)
            approvals.setClosingDate(year, month, *closesOn);
        if (action)
            approvals.act(who, *action, year, month, codes, parser.value(reasonOption));
        print(stdout, dueText(*workspace, year, month, who));
        return Success;
    });
}

} // namespace zhibiao
