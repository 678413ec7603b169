#include "app/cli/commandparser.h"

#include "app/cli/commandconsole.h"
#include "core/domain/years.h"

#include <QCoreApplication>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;
using namespace CommandConsole;

// The words all commands share belong to the command line as a whole, so
// they are translated in the context of the program's own options
// (commandline.cpp), which already has "Show this help and exit." and "FILE".
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::CommandLine)
};

// The parser's help with the command's name after the program's in the
// usage line: "Usage: zhibiao import [options] INPUT".
QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (const qsizetype at = text.indexOf(program + u' '); at >= 0 && !program.isEmpty())
        text.insert(at + program.size(), u' ' + command);
    return text;
}

} // namespace

CommandParser::CommandParser(const QString &name, const QString &description, const QString &usageHint)
    : m_name(name)
    , m_usageHint(usageHint)
    , m_help({u"h"_s, u"help"_s}, CommandLine::tr("Show this help and exit."))
    , m_database(u"db"_s,
                 CommandLine::tr("The database DB: a file, or a database on a server, "
                                 "postgresql://[user@][host][:port]/name (default: $ZHIBIAO_DB, else the file in the "
                                 "standard data folder)."),
                 CommandLine::tr("DB"))
    , m_yearOption(u"year"_s, QString(), CommandLine::tr("YEAR"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOptions({m_help, m_database});
}

void CommandParser::addOptions(const QList<QCommandLineOption> &options)
{
    m_parser.addOptions(options);
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_takesPositional = true;
}

void CommandParser::addYearOption(const QString &description, const QString &missingProblem)
{
    m_yearOption.setDescription(description);
    m_parser.addOption(m_yearOption);
    m_takesYear = true;
    m_missingYear = missingProblem;
}

std::optional<int> CommandParser::parse(const QStringList &arguments)
{
    // "zhibiao NAME ...": the parser sees "zhibiao ..." so that its errors
    // and usage line name the program; helpText() puts NAME back.
    QStringList forParser = arguments;
    forParser.removeAt(1);
    if (!m_parser.parse(forParser))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        print(stdout, helpText(m_parser, m_name));
        return Success;
    }
    if (!m_takesPositional && !m_parser.positionalArguments().isEmpty())
        return usageError(CommandLine::tr("Unexpected argument “%1”.").arg(m_parser.positionalArguments().first()));
    if (m_takesYear)
        return readYear();
    return std::nullopt;
}

std::optional<int> CommandParser::readYear()
{
    if (!m_parser.isSet(m_yearOption)) {
        if (m_missingYear.isEmpty())
            return std::nullopt;
        return usageError(m_missingYear);
    }
    bool ok = false;
    const int year = m_parser.value(m_yearOption).toInt(&ok);
    if (!ok || !isPlausibleYear(year))
        return usageError(CommandLine::tr("“%1” is not a year.").arg(m_parser.value(m_yearOption)));
    m_year = year;
    return std::nullopt;
}

int CommandParser::usageError(const QString &message) const
{
    print(stderr, message + u'\n' + m_usageHint);
    return UsageError;
}

} // namespace zhibiao
