// An .xlsx workbook as the import reads it: QuaZip, the workbook and its
// relationships, shared strings, styles and the sheet XML, merged cells,
// then the header search and the figure reader. Some seeds are stored
// without compression, so that mutations reach the XML rather than only
// breaking the deflate stream.
#include "tests/fuzz/fuzzimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    if (!bytes.startsWith("PK\x03\x04"))
        return -1; // text: fuzz_tablefile's part
    zhibiao::fuzz::readAsImportedFile(bytes);
    return 0;
}
