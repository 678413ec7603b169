#pragma once

#include "core/progress/progressengine.h"

namespace zhibiao {

class Workspace;

// Reads from an open database what the engine needs to judge year: the
// indicators and the latest figures of the year and the year before.
ProgressEngine loadProgressEngine(Workspace &workspace, int year);

} // namespace zhibiao
