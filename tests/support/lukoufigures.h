#pragma once

#include "core/domain/entry.h"

#include <QList>

namespace zhibiao {
class Workspace;
}

namespace zhibiao::test {

// Real-looking figures of Lukou for January to September 2022, with 2021's
// for last year's path: some targets on track, some behind, quarterly and
// monthly series, a reference series and the ecology levels.
QList<Entry> lukou2022Figures();

// A seeded workspace with those figures and the city-set 2022 targets
// (grain 92,000 t; energy total at most 85, intensity down 3%).
void fillLukou2022(Workspace &workspace);

} // namespace zhibiao::test
