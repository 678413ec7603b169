#pragma once

#include "core/progress/progress.h"

#include <QColor>
#include <QString>

namespace zhibiao {

// How a status looks wherever it is shown: a colour from the Okabe–Ito
// palette (told apart with the common colour-vision deficiencies), a
// symbol of its own shape, and always the status in words, so colour is
// never the only carrier. Looks only; the status itself is the engine's.
// Shared by the dashboard's widgets and the PDF report.
struct StatusStyle
{
    QColor accent;     // stripes, chart markers
    QColor text;       // words on the tint: contrast ≥ 4.5:1
    QColor background; // a light tint of the accent
    QString symbol;    // ✔ achieved, ● on track, ○ no data, ▲ behind

    static StatusStyle of(Status status);
    // Symbol and words: "▲ Behind".
    static QString label(Status status);
};

// Colours of the chart lines, shared by the tile's trend, the detail
// charts and the report so a line means the same thing on all of them.
namespace SeriesColour {
inline const QColor main{0x00, 0x72, 0xB2};       // blue: this year's figure
inline const QColor target{0xD5, 0x5E, 0x00};     // vermillion: the target
inline const QColor comparison{0x6E, 0x6E, 0x6E}; // grey: last year, time progress
inline const QColor reference{0xB8, 0x7A, 0x00};  // dark orange: the reference series
} // namespace SeriesColour

} // namespace zhibiao
