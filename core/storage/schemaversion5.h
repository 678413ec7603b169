#pragma once

#include "core/storage/migrations.h"

namespace zhibiao {

// Version 5: the city's comparison table (comparison units, peer figures).
Migration schemaVersion5();

} // namespace zhibiao
