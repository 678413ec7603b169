#include "app/cli/commandconsole.h"

#include "core/export/exporterror.h"
#include "core/storage/storageerror.h"

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
    } catch (const StorageError &storageError) {
        print(stderr, storageError.message());
    } catch (const ExportError &exportError) {
        print(stderr, exportError.message());
    }
    return Failure;
}

} // namespace zhibiao::CommandConsole
