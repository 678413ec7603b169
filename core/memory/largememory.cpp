#include "core/memory/largememory.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

#include <cstdint>

namespace zhibiao {

void preferHugePages(void *data, std::size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    // Only whole huge pages inside the buffer; smaller buffers gain nothing.
    constexpr std::uintptr_t hugePage = 2 * 1024 * 1024;
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + hugePage - 1) & ~(hugePage - 1);
    const std::uintptr_t last = (begin + bytes) & ~(hugePage - 1);
    if (data && last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE); // a hint: its result does not matter
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace zhibiao
