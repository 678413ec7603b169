#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// `zhibiao export [--db FILE] --year Y -o OUT.xlsx|OUT.csv`: writes a year's
// figures in the wide layout and each target's status (FigureExport in
// core) without a display, atomically: a failed export leaves no file.
class ExportSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ExportSubcommand)

public:
    // arguments start with "zhibiao export"; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zhibiao
