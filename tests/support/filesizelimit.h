#pragma once

#include <sys/resource.h>

namespace zhibiao::test {

// Makes writes past `bytes` fail in this process, as on a full disk, for
// the scope's lifetime: RLIMIT_FSIZE, with SIGXFSZ ignored so that a write
// fails with EFBIG instead of killing the process. Linux refuses any write
// reaching past the limit, in an existing file as much as in a growing one.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();

    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // The same limit for good, in a child process between fork and exec
    // (QProcess::setChildProcessModifier): only async-signal-safe calls.
    static void applyInChild(rlim_t bytes) noexcept;

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace zhibiao::test
