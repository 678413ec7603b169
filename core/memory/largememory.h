#pragma once

#include <QList>

#include <cstddef>

namespace zhibiao {

// Asks the kernel to back a large buffer, not yet written to, with huge
// pages. A million-row import fills about half a gigabyte of new memory;
// on the VMs Zhibiao is measured on, faulting it in 4 KB pages cost more
// than reading, splitting and planning the file together (docs/performance.md).
// Only a hint: without transparent huge pages (or off Linux) nothing
// changes, and the buffer is used the same way either way.
void preferHugePages(void *data, std::size_t bytes);

// Reserves room for count items, with preferHugePages() on a list large
// enough for it to matter.
template<typename T>
void reserveLarge(QList<T> &list, qsizetype count)
{
    list.reserve(count);
    preferHugePages(list.data(), std::size_t(list.capacity()) * sizeof(T));
}

} // namespace zhibiao
