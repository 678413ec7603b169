#pragma once

#include "core/storage/migrations.h"

namespace zhibiao {

// Version 5: the city's comparison table (comparison units, peer figures)
// and the thresholds of the early-warning lights.
Migration schemaVersion5();

} // namespace zhibiao
