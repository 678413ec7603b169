// What the entry grid does with the clipboard: split the text into cells,
// then read every cell as a figure.
#include "core/editing/pastedblock.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QStringList> grid = zhibiao::parsePastedBlock(text);
    // The grid is promised rectangular; the paste relies on it.
    for (const QStringList &row : grid) {
        if (row.size() != grid.first().size())
            std::abort();
    }
    const zhibiao::PastedFigures figures = zhibiao::parseFigures(grid);
    if (figures.rowCount() != grid.size())
        std::abort();
    return 0;
}
