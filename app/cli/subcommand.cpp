#include "app/cli/subcommand.h"

#include "app/cli/approvalsubcommand.h"
#include "app/cli/backupsubcommand.h"
#include "app/cli/exportsubcommand.h"
#include "app/cli/importsubcommand.h"
#include "app/cli/reportsubcommand.h"
#include "app/cli/serversubcommand.h"
#include "app/cli/usersubcommand.h"

namespace zhibiao {

const QList<Subcommand> &subcommands()
{
    // Commands register by adding a line here (see app/cli/).
    static const QList<Subcommand> all = {
        {QStringLiteral("approval"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine",
                           "Show what is due in a month, or submit, approve, return or reopen its figures"),
         Subcommand::Application::Core, &ApprovalSubcommand::run},
        {QStringLiteral("backup"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Copy the database safely, or list its backups"),
         Subcommand::Application::Core, &BackupSubcommand::run},
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Write a year's figures and target status to .xlsx or .csv"),
         Subcommand::Application::Core, &ExportSubcommand::run},
        {QStringLiteral("export-pdf"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Write the PDF summary of a year's targets for a leadership meeting"),
         Subcommand::Application::Offscreen, &ReportSubcommand::runExportPdf},
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Import figures from a spreadsheet (.xlsx, .csv)"),
         Subcommand::Application::Core, &ImportSubcommand::run},
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine",
                           "Write the summary report of a year's targets as a PDF or an .odt to edit"),
         Subcommand::Application::Offscreen, &ReportSubcommand::runReport},
        {QStringLiteral("server"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Prepare an office's PostgreSQL database, or upload a file to it"),
         Subcommand::Application::Core, &ServerSubcommand::run},
        {QStringLiteral("user"),
         QT_TRANSLATE_NOOP("zhibiao::CommandLine", "Add, list or remove the people of a server database and their roles"),
         Subcommand::Application::Core, &UserSubcommand::run},
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
