#pragma once

#include "core/domain/entry.h"
#include "core/domain/target.h"
#include "core/progress/progressengine.h"
#include "tests/support/entryfixture.h"

#include <QList>
#include <QString>

#include <optional>

namespace zhibiao::test {

// An engine for 2022 over the seed's indicators and the given figures
// (figures of 2021 count as last year's).
ProgressEngine engine2022(const QList<Entry> &figures);

// A 2022 target of the bundled seed, by its number in the document (1..10).
Target seedTarget(int ordinal);

// The same with its city-set figures filled in.
Target withFigures(Target target, const QList<std::optional<double>> &figures);

} // namespace zhibiao::test
