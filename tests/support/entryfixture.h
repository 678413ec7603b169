#pragma once

#include "core/domain/entry.h"

#include <QString>

#include <optional>

namespace zhibiao::test {

// One figure as a statistician would enter it.
Entry figure(const QString &code, int year, int month, std::optional<double> ytd,
             std::optional<double> lastYear = std::nullopt, std::optional<double> publishedGrowth = std::nullopt);

} // namespace zhibiao::test
