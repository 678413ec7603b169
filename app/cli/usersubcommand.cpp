#include "app/cli/usersubcommand.h"

#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "app/cli/passwordprompt.h"
#include "core/domain/usererror.h"
#include "core/storage/peoplerepository.h"

#include <QHash>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

// A unit as typed: its code, or its name in either language.
std::optional<ResponsibleUnit> unitNamed(const QList<ResponsibleUnit> &units, const QString &typed)
{
    for (const ResponsibleUnit &unit : units) {
        if (typed == unit.code || typed == unit.nameZh || typed.compare(unit.nameEn, Qt::CaseInsensitive) == 0)
            return unit;
    }
    return std::nullopt;
}

QString listText(const QList<Person> &people, const QList<ResponsibleUnit> &units)
{
    if (people.isEmpty())
        return UserSubcommand::tr("No people yet: add them with zhibiao user add. The owner of the database's tables "
                                  "is its administrator.");
    QHash<QString, QString> unitNames;
    for (const ResponsibleUnit &unit : units)
        unitNames.insert(unit.code, unit.name());
    QStringList lines;
    for (const Person &person : people) {
        QStringList columns = {person.login, ApprovalText::role(person.role)};
        if (!person.unitCode.isEmpty())
            columns.append(unitNames.value(person.unitCode, person.unitCode));
        if (!person.canLogIn)
            columns.append(UserSubcommand::tr("(cannot log in to the server)"));
        lines.append(columns.join(u"  "_s));
    }
    return lines.join(u'\n');
}

} // namespace

int UserSubcommand::run(const QStringList &arguments)
{
    CommandParser parser(u"user"_s,
                         tr("Manages the people of a server database, each their own PostgreSQL login "
                            "(docs/approval.md).\n"
                            "  add NAME     add a person, or change their role and unit\n"
                            "  list         list the people, their roles and units\n"
                            "  remove NAME  take a person and their permissions out of the database"),
                         tr("Run zhibiao user --help for usage."));
    const QCommandLineOption roleOption(u"role"_s, tr("For add: clerk, reviewer, viewer or admin."), tr("ROLE"));
    const QCommandLineOption unitOption(u"unit"_s, tr("For add: a clerk's unit (its code or name)."), tr("UNIT"));
    const QCommandLineOption passwordOption(
        u"password"_s, tr("For add: set the login's password, read from standard input (never give it here)."));
    parser.addOptions({roleOption, unitOption, passwordOption});
    parser.addPositionalArgument(u"action"_s, tr("add, list or remove, and the login NAME."), u"add|list|remove [NAME]"_s);
    if (const std::optional<int> done = parser.parse(arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"add" && action != u"list" && action != u"remove")
        return parser.usageError(tr("Say what to do: add, list or remove."));
    if (action == u"list" ? positional.size() != 1 : positional.size() != 2)
        return parser.usageError(action == u"list" ? tr("zhibiao user list takes no names.")
                                                   : tr("Give one login NAME after %1.").arg(action));
    std::optional<Role> role;
    if (action == u"add") {
        if (!parser.isSet(roleOption))
            return parser.usageError(tr("Say which role with --role: clerk, reviewer, viewer or admin."));
        role = roleFromCode(parser.value(roleOption));
        if (!role)
            return parser.usageError(
                tr("“%1” is not a role: give clerk, reviewer, viewer or admin.").arg(parser.value(roleOption)));
        if (*role == Role::Clerk && !parser.isSet(unitOption))
            return parser.usageError(tr("A clerk enters the figures of one unit: say which with --unit."));
        if (*role != Role::Clerk && parser.isSet(unitOption))
            return parser.usageError(tr("Only a clerk has a unit: leave out --unit for a %1.").arg(ApprovalText::role(*role)));
    } else if (parser.isSet(roleOption) || parser.isSet(unitOption) || parser.isSet(passwordOption)) {
        return parser.usageError(tr("--role, --unit and --password are for zhibiao user add."));
    }
    std::optional<QString> password;
    if (parser.isSet(passwordOption)) {
        password = readPassword(tr("Password for %1: ").arg(positional.at(1)));
        if (!password || password->isEmpty())
            return parser.usageError(tr("No password was given on standard input."));
    }

    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.databasePath());
    if (!workspace)
        return Failure;
    return runReportingErrors([&] {
        PeopleRepository people(workspace->database());
        const QList<ResponsibleUnit> units = workspace->approvals().units();
        const QString shown = workspace->database().location().displayName();
        if (action == u"list") {
            if (!workspace->database().isServer())
                throw UserError(tr("%1 is a single desk's file: it has no people, and its one user holds every "
                                   "role.")
                                    .arg(shown));
            print(stdout, listText(people.all(), units));
            return Success;
        }
        const QString login = positional.at(1);
        if (action == u"remove") {
            people.remove(login);
            print(stdout, tr("Removed %1 from %2: the login stays on the server but may no longer read or change "
                             "anything here.")
                              .arg(login, shown));
            return Success;
        }
        std::optional<ResponsibleUnit> unit;
        if (parser.isSet(unitOption)) {
            unit = unitNamed(units, parser.value(unitOption));
            if (!unit)
                throw UserError(tr("There is no responsible unit “%1”. Nothing was changed.").arg(parser.value(unitOption)));
        }
        people.add(Person{login, *role, unit ? unit->code : QString()}, password);
        //: %1 login, %2 role, %3 database
        print(stdout, tr("%1 is now a %2 in %3.").arg(login, ApprovalText::role(*role), shown)
                          + (unit ? u' ' + tr("Unit: %1.").arg(unit->name()) : QString()));
        return Success;
    });
}

} // namespace zhibiao
