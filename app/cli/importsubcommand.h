#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace zhibiao {

// `zhibiao import [--db FILE] [--year Y] [--period P] [--encoding utf-8|gbk]
// [--sheet NAME] [--skip-bad] [--dry-run] INPUT`: imports a spreadsheet of
// figures without a display. It prints the plan's summary in the UI
// language, and writes nothing — exiting 1 — when any row is rejected,
// unless --skip-bad is given (the rejected rows are still listed). The
// column mapping is the one remembered for the file's layout (chosen in the
// window's import dialog), else the one guessed from the headers. The
// reading, mapping and planning live in core (ImportSession, ImportPlan).
class ImportSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::ImportSubcommand)

public:
    // arguments start with "zhibiao import"; returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace zhibiao
