#include "tests/fuzz/fuzzimport.h"

#include "core/import/importerror.h"
#include "core/import/importsession.h"
#include "core/storage/seed.h"

#include <QFile>
#include <QTemporaryDir>

namespace zhibiao::fuzz {

namespace {

using namespace Qt::StringLiterals;

// One file per fuzzing process, rewritten for every input: the readers
// take a path, as the import does, and the folder goes when the process
// ends normally.
const QString &inputPath()
{
    static const QTemporaryDir folder;
    static const QString path = folder.filePath(u"input"_s);
    return path;
}

const QList<Indicator> &indicators()
{
    static const QList<Indicator> all = bundledSeed().indicators;
    return all;
}

} // namespace

void readAsImportedFile(QByteArrayView bytes)
{
    {
        QFile file(inputPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes.data(), bytes.size()) != bytes.size())
            qFatal("fuzz: cannot write %s", qPrintable(inputPath()));
    }
    try {
        const ImportSession session(inputPath(), TableFileOptions{});
        // Without a year, rows that name none are rejected early; with one,
        // they go on to periods, units and conversions.
        (void)session.readFigures(indicators(), ImportOptions{});
        (void)session.readFigures(indicators(), ImportOptions{2022, 6});
    } catch (const ImportError &) {
        // A file the import refuses with a message: the expected outcome.
    }
}

} // namespace zhibiao::fuzz
