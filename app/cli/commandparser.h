#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zhibiao {

// The parsing every command-line action under app/cli/ does alike:
// --help and --db, the parse itself, a stray positional argument, a --year
// that must be a year, and the usage error (the problem, then "Run zhibiao
// NAME --help for usage.", exit code 2). The command declares its own
// options and checks what only it knows (an output name, a period, ...)
// after parse(), reporting through usageError() so every message ends the
// same way. It opens no database and runs nothing.
class CommandParser
{
public:
    // name: as typed after "zhibiao" ("export-pdf"). description: the
    // command's --help text. usageHint: the line after every usage error, in
    // the command's own translation context ("Run zhibiao export --help for
    // usage."), where its translation already is.
    CommandParser(const QString &name, const QString &description, const QString &usageHint);

    // Options appear in --help in the order added, after --help and --db.
    void addOptions(const QList<QCommandLineOption> &options);
    // A command that declares positional arguments checks their number
    // itself (after its other checks); without one, any is unexpected.
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax);
    // --year YEAR, described in the command's words. parse() refuses a value
    // that is not a year and, when missingProblem is not empty, a missing one.
    void addYearOption(const QString &description, const QString &missingProblem = {});

    // arguments as the command gets them: "zhibiao NAME ...". Returns the
    // exit code when the command is done already (help shown, usage error
    // told); nothing when it should go on.
    std::optional<int> parse(const QStringList &arguments);

    // After parse():
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    // As given with --db; empty means $ZHIBIAO_DB, else the standard place
    // (resolveDatabasePath).
    QString databasePath() const { return m_parser.value(m_database); }
    // Set when --year was given (always, when it is required).
    std::optional<int> year() const { return m_year; }

    // Prints message and the usage hint to stderr; returns the usage exit code.
    int usageError(const QString &message) const;

private:
    std::optional<int> readYear();

    QString m_name;
    QString m_usageHint;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_database;
    QCommandLineOption m_yearOption;
    bool m_takesYear = false;
    QString m_missingYear;
    bool m_takesPositional = false;
    std::optional<int> m_year;
};

} // namespace zhibiao
