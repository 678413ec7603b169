#include "app/cli/backupsubcommand.h"

#include "app/backup/backupstokeep.h"
#include "app/cli/commandconsole.h"
#include "app/cli/commandparser.h"
#include "app/cli/existingdatabase.h"
#include "app/commandline.h"
#include "core/backup/backupcheck.h"
#include "core/backup/backupfile.h"
#include "core/backup/backupset.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int listBackups(const QString &databasePath)
{
    const BackupSet backups(databasePath, backupsToKeep());
    const QList<Backup> all = backups.list();
    if (all.isEmpty()) {
        print(stdout,
              BackupSubcommand::tr("There are no backups of %1 in %2.").arg(shown(databasePath), shown(backups.folder())));
        return Success;
    }
    const QLocale locale;
    QString text =
        BackupSubcommand::tr("Backups of %1 in %2, newest first:").arg(shown(databasePath), shown(backups.folder()));
    for (const Backup &backup : all) {
        const BackupCheck check = BackupCheck::of(backup.path);
        const QStringList columns = {locale.toString(backup.takenAt.toLocalTime(), QLocale::ShortFormat),
                                     Backup::reasonLabel(backup.reason), locale.formattedDataSize(backup.size),
                                     QFileInfo(backup.path).fileName(),
                                     check.restorable ? BackupSubcommand::tr("can be restored") : check.problem};
        text += u'\n' + columns.join(u"  "_s);
    }
    print(stdout, text);
    return Success;
}

} // namespace

int BackupSubcommand::run(const QStringList &arguments)
{
    CommandParser parser(u"backup"_s,
                         tr("Copies the database safely, even while the window has it open: to COPY "
                            "with -o, else into its backup folder (FILE.backups beside it). A database on a server "
                            "is copied as it was at one moment into COPY, an ordinary Zhibiao file."),
                         tr("Run zhibiao backup --help for usage."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Write the copy to COPY (replaced if it exists)."),
                                    tr("COPY"));
    const QCommandLineOption list(u"list"_s, tr("List the backups in the backup folder instead."));
    parser.addOptions({output, list});
    if (const std::optional<int> done = parser.parse(arguments))
        return *done;
    if (parser.isSet(list) && parser.isSet(output))
        return parser.usageError(tr("Give either -o or --list, not both."));
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return parser.usageError(tr("Name the file to write with -o."));

    const QString databasePath = resolveDatabasePath(parser.databasePath());
    const QString copyPath = parser.value(output);
    // A server keeps no backup folder of its own: its copy is a file.
    if (DatabaseLocation::looksLikeServerUrl(databasePath) && (parser.isSet(list) || copyPath.isEmpty()))
        return parser.usageError(tr("A database on a server is backed up into a file: name it with -o, e.g. "
                                    "-o lukou-copy.sqlite."));
    if (parser.isSet(list))
        return listBackups(databasePath);

    // Renaming a copy over the open file would replace it under the
    // connection; refuse before opening anything.
    if (!copyPath.isEmpty() && QFileInfo(copyPath).exists()
        && QFileInfo(copyPath).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return parser.usageError(tr("The copy cannot be the database itself; name another file with -o."));

    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.databasePath());
    if (!workspace)
        return Failure;
    return runReportingErrors([&] {
        const QSqlDatabase connection = workspace->database().connection();
        if (copyPath.isEmpty()) {
            BackupSet backups(databasePath, backupsToKeep());
            const Backup backup = backups.take(connection, BackupReason::Manual);
            //: %1 backup file, %2 how many backups are kept
            print(stdout,
                  tr("Wrote the backup %1 (the newest %2 are kept).").arg(shown(backup.path)).arg(backups.keep()));
        } else {
            BackupFile::write(workspace->database(), copyPath);
            print(stdout, tr("Wrote the copy %1.").arg(shown(copyPath)));
        }
        return Success;
    });
}

} // namespace zhibiao
