#pragma once

#include "core/storage/migrations.h"

namespace zhibiao {

// Version 6: who reports what and the monthly cycle (issue 17): the
// responsible units (责任单位) and the indicators each reports in a year,
// each indicator's approval state per month with the log of every
// transition, and the lock of an approved month on the figures.
Migration schemaVersion6();

// What the database says when a revision would change an approved month
// (its trigger's message), for Database to recognise.
QString lockedRevisionMessage();

} // namespace zhibiao
