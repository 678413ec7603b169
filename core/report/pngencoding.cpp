#include "core/report/pngencoding.h"

#include "core/export/exporterror.h"

#include <QCoreApplication>
#include <QImage>

#include <png.h>

namespace zhibiao {

QByteArray encodePngFast(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    png_image png{};
    png.version = PNG_IMAGE_VERSION;
    png.width = png_uint_32(rgb.width());
    png.height = png_uint_32(rgb.height());
    png.format = PNG_FORMAT_RGB;
    png.flags = PNG_IMAGE_FLAG_FAST;

    // Room for the pixels as they are: a PNG is never much larger, so one
    // pass writes it (asking libpng for the size first would compress twice).
    QByteArray bytes(rgb.sizeInBytes() + 64 * 1024, Qt::Uninitialized);
    png_alloc_size_t size = png_alloc_size_t(bytes.size());
    const bool written = png_image_write_to_memory(&png, bytes.data(), &size, 0, rgb.constBits(),
                                                   png_int_32(rgb.bytesPerLine()), nullptr);
    const QString problem = QString::fromLatin1(png.message);
    png_image_free(&png);
    if (!written || size > png_alloc_size_t(bytes.size()))
        throw ExportError(QCoreApplication::translate("zhibiao::OdtReport", "A chart could not be written: %1")
                              .arg(problem));
    bytes.resize(qsizetype(size));
    return bytes;
}

} // namespace zhibiao
