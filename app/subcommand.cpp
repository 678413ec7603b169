#include "subcommand.h"

#include "commands/exportcommand.h"
#include "commands/importcommand.h"

namespace zhibiao {

const QList<Subcommand> &subcommands()
{
    // Commands register by adding a line here (see app/commands/).
    static const QList<Subcommand> all = {
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Write a year's figures and target status to .xlsx or .csv"),
         Subcommand::Application::Core, &ExportCommand::run},
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Import figures from a spreadsheet (.xlsx, .csv)"),
         Subcommand::Application::Core, &ImportCommand::run},
    };
    return all;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &command : subcommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace zhibiao
