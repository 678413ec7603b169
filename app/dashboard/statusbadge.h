#pragma once

#include "core/progress/statusstyle.h"

class QLabel;

namespace zhibiao {

// A status on a label, in its StatusStyle.
namespace StatusBadge {
// Makes label a badge of status: its words on the tint, framed in the
// text colour. Palettes rather than style sheets: a dashboard has a
// badge per target, and style sheets cost start-up time per widget.
void apply(QLabel *label, Status status);
// Gives label the status's text colour.
void applyTextColour(QLabel *label, Status status);
} // namespace StatusBadge

} // namespace zhibiao
