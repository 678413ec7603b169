#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace zhibiao {

enum class TextEncoding {
    Detect,  // a BOM, else valid UTF-8, else GB18030
    Utf8,    // with or without a BOM
    Gb18030, // GBK and GB2312 are subsets: what Excel saves on Chinese Windows
    Utf16,   // Excel's "Unicode text": UTF-16 with a BOM
};

// Text of a file with the encoding it was read in.
struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

// Decodes the bytes of fileName (named in messages only). With Detect a BOM
// decides, else bytes that are valid UTF-8 are UTF-8 and anything else is
// tried as GB18030. Throws ImportError when the bytes are not valid text in
// the chosen encoding: a wrong guess must never become garbled names.
DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding, const QString &fileName);

// "utf-8", "utf8", "gbk", "gb2312", "gb18030" (any case); nullopt otherwise.
std::optional<TextEncoding> encodingFromName(QStringView name);
// "UTF-8", "GBK/GB18030", "UTF-16": the names people know, not translated.
QString encodingName(TextEncoding encoding);

// Whether this Qt can decode GB18030 (it needs Qt built with ICU).
bool gb18030Available();

} // namespace zhibiao
