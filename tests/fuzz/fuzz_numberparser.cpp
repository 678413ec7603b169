// parseFigure() on any text: every cell typed, pasted or imported goes
// through it. Bytes are read as UTF-8 (invalid sequences become U+FFFD) and,
// for even lengths, also as raw UTF-16, so lone surrogates are reached too.
#include "core/editing/numberparser.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(QStringView text)
{
    const zhibiao::ParsedNumber parsed = zhibiao::parseFigure(text);
    // A value is always finite (no "inf", no "nan"), and an error always says why.
    if ((parsed.isValue() && !std::isfinite(parsed.value())) || (parsed.isError() && parsed.errorMessage().isEmpty()))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (size % 2 == 0)
        check(QStringView(reinterpret_cast<const char16_t *>(data), qsizetype(size / 2)));
    return 0;
}
