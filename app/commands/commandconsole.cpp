#include "commandconsole.h"

#include <QCoreApplication>
#include <QTextStream>

namespace zhibiao::CommandConsole {

void print(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(u'\n'))
        out << Qt::endl;
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (const qsizetype at = text.indexOf(program + u' '); at >= 0 && !program.isEmpty())
        text.insert(at + program.size(), u' ' + command);
    return text;
}

} // namespace zhibiao::CommandConsole
