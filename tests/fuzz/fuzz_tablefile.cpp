// A CSV or tab-separated file as the import reads it: encoding detection
// (UTF-8, UTF-16, GBK), splitting, the header search and the figure reader.
// The seeds are text files; bytes that start like a zip go to the .xlsx
// reader, which fuzz_xlsxreader covers.
#include "tests/fuzz/fuzzimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    if (bytes.startsWith("PK\x03\x04"))
        return -1; // a workbook: not kept in this target's corpus
    zhibiao::fuzz::readAsImportedFile(bytes);
    return 0;
}
