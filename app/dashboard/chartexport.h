#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace zhibiao {

// Saving a chart as it is shown, to put it into a document: a PNG at twice
// the screen resolution, or an SVG that stays sharp at any size. The chart
// must be in a scene (a QChartView); nothing is drawn differently for the
// file. Returns false when the file cannot be written.
bool saveChartAsPng(QChart &chart, const QString &path);
bool saveChartAsSvg(QChart &chart, const QString &path);

} // namespace zhibiao
