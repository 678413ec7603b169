#include "subcommand.h"

#include "commands/backupcommand.h"
#include "commands/exportcommand.h"
#include "commands/exportpdfcommand.h"
#include "commands/importcommand.h"

namespace zhibiao {

const QList<Subcommand> &subcommands()
{
    // Commands register by adding a line here (see app/commands/).
    static const QList<Subcommand> all = {
        {QStringLiteral("backup"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Copy the database safely, or list its backups"),
         Subcommand::Application::Core, &BackupCommand::run},
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Write a year's figures and target status to .xlsx or .csv"),
         Subcommand::Application::Core, &ExportCommand::run},
        {QStringLiteral("export-pdf"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Write the PDF summary of a year's targets for a leadership meeting"),
         Subcommand::Application::Offscreen, &ExportPdfCommand::run},
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
