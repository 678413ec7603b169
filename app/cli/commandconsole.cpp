#include "app/cli/commandconsole.h"

#include "core/domain/usererror.h"

#include <QTextStream>

namespace zhibiao::CommandConsole {

void print(FILE *stream, const QString &text)
{
    QTextStream out(stream);
    out << text;
    if (!text.endsWith(u'\n'))
        out << Qt::endl;
}

int runReportingErrors(const std::function<int()> &work)
{
    try {
        return work();
    } catch (const UserError &error) {
        print(stderr, error.message());
    }
    return Failure;
}

} // namespace zhibiao::CommandConsole
