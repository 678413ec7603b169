#include "tests/support/filesizelimit.h"

#include <catch2/catch.hpp>

#include <csignal>

namespace zhibiao::test {

FileSizeLimit::FileSizeLimit(rlim_t bytes)
{
    REQUIRE(getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
    m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // fail with EFBIG instead of being killed
    rlimit limited = m_saved;
    limited.rlim_cur = bytes;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
}

FileSizeLimit::~FileSizeLimit()
{
    setrlimit(RLIMIT_FSIZE, &m_saved);
    std::signal(SIGXFSZ, m_oldHandler);
}

void FileSizeLimit::applyInChild(rlim_t bytes) noexcept
{
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited{};
    if (getrlimit(RLIMIT_FSIZE, &limited) == 0) {
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
}

} // namespace zhibiao::test
