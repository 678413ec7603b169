#include "backupcommand.h"

#include "backupcheck.h"
#include "backupfile.h"
#include "backupset.h"
#include "commandconsole.h"
#include "commandline.h"
#include "existingdatabase.h"
#include "storageerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

int usageError(const QString &message)
{
    print(stderr, message + u'\n' + BackupCommand::tr("Run zhibiao backup --help for usage."));
    return UsageError;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

int listBackups(const QString &databasePath)
{
    const BackupSet backups(databasePath);
    const QList<Backup> all = backups.list();
    if (all.isEmpty()) {
        print(stdout,
              BackupCommand::tr("There are no backups of %1 in %2.").arg(shown(databasePath), shown(backups.folder())));
        return Success;
    }
    const QLocale locale;
    QString text =
        BackupCommand::tr("Backups of %1 in %2, newest first:").arg(shown(databasePath), shown(backups.folder()));
    for (const Backup &backup : all) {
        const BackupCheck check = BackupCheck::of(backup.path);
        const QStringList columns = {locale.toString(backup.takenAt.toLocalTime(), QLocale::ShortFormat),
                                     Backup::reasonLabel(backup.reason), locale.formattedDataSize(backup.size),
                                     QFileInfo(backup.path).fileName(),
                                     check.restorable ? BackupCommand::tr("can be restored") : check.problem};
        text += u'\n' + columns.join(u"  "_s);
    }
    print(stdout, text);
    return Success;
}

} // namespace

int BackupCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Copies the database safely, even while the window has it open: to COPY "
                                        "with -o, else into its backup folder (FILE.backups beside it)."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption database(
        u"db"_s, tr("The database FILE (default: $ZHIBIAO_DB, else the standard data folder)."), tr("FILE"));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Write the copy to COPY (replaced if it exists)."),
                                    tr("COPY"));
    const QCommandLineOption list(u"list"_s, tr("List the backups in the backup folder instead."));
    parser.addOptions({help, database, output, list});

    QStringList forParser = arguments;
    forParser.removeAt(1); // "backup": the parser's usage line names the program
    if (!parser.parse(forParser))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        print(stdout, helpText(parser, u"backup"_s));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    if (parser.isSet(list) && parser.isSet(output))
        return usageError(tr("Give either -o or --list, not both."));
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return usageError(tr("Name the file to write with -o."));

    const QString databasePath = resolveDatabasePath(parser.value(database));
    if (parser.isSet(list))
        return listBackups(databasePath);

    const QString copyPath = parser.value(output);
    // Renaming a copy over the open file would replace it under the
    // connection; refuse before opening anything.
    if (!copyPath.isEmpty() && QFileInfo(copyPath).exists()
        && QFileInfo(copyPath).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return usageError(tr("The copy cannot be the database itself; name another file with -o."));

    QString error;
    const std::unique_ptr<Workspace> workspace = ExistingDatabase::open(parser.value(database), error);
    if (!workspace) {
        print(stderr, error);
        return Failure;
    }
    try {
        const QSqlDatabase connection = workspace->database().connection();
        if (copyPath.isEmpty()) {
            BackupSet backups(databasePath);
            const Backup backup = backups.take(connection, BackupReason::Manual);
            //: %1 backup file, %2 how many backups are kept
            print(stdout,
                  tr("Wrote the backup %1 (the newest %2 are kept).").arg(shown(backup.path)).arg(backups.keep()));
        } else {
            BackupFile::write(connection, copyPath);
            print(stdout, tr("Wrote the copy %1.").arg(shown(copyPath)));
        }
        return Success;
    } catch (const StorageError &storageError) {
        print(stderr, storageError.message());
    }
    return Failure;
}

} // namespace zhibiao
