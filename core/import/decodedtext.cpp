#include "core/import/decodedtext.h"

#include "core/memory/largememory.h"

#include "core/import/importerror.h"

#include <QStringDecoder>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Gives the free functions below a translation context of their own.
struct TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(zhibiao::TextDecoding)
};

// Qt's own converters know UTF-8 and UTF-16; GB18030 comes from ICU.
constexpr const char *gb18030Name = "GB18030";

bool startsWith(const QByteArray &bytes, QByteArrayView prefix)
{
    return bytes.startsWith(prefix);
}

std::optional<QString> strictDecode(QStringDecoder &decoder, QByteArrayView bytes)
{
    // Decoded into a buffer sized for the worst case and hinted as large
    // memory (a large file's text is tens of megabytes), then cut to size.
    QString text(decoder.requiredSpace(bytes.size()), Qt::Uninitialized);
    preferHugePages(text.data(), std::size_t(text.size()) * sizeof(QChar));
    const QChar *end = decoder.appendToBuffer(text.data(), bytes);
    if (decoder.hasError())
        return std::nullopt;
    text.truncate(end - text.constData());
    return text;
}

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    return strictDecode(decoder, bytes);
}

std::optional<QString> decodeGb18030(QByteArrayView bytes)
{
    QStringDecoder decoder(gb18030Name, QStringConverter::Flag::Stateless);
    return strictDecode(decoder, bytes);
}

std::optional<QString> decodeUtf16(QByteArrayView bytes)
{
    // The BOM says which byte order; QStringDecoder reads and drops it.
    QStringDecoder decoder(QStringConverter::Utf16, QStringConverter::Flag::Stateless);
    return strictDecode(decoder, bytes);
}

[[noreturn]] void notText(const QString &fileName, TextEncoding encoding)
{
    if (encoding == TextEncoding::Detect) {
        throw ImportError(TextDecoding::tr("“%1” is neither UTF-8 nor GBK text. Save it from Excel as CSV, "
                                           "or as an .xlsx workbook.")
                              .arg(fileName));
    }
    throw ImportError(TextDecoding::tr("“%1” is not valid %2 text. Try another encoding, or leave the choice "
                                       "to Zhibiao.")
                          .arg(fileName, encodingName(encoding)));
}

void requireGb18030(const QString &fileName)
{
    if (!gb18030Available()) {
        throw ImportError(TextDecoding::tr("“%1” looks like GBK text, but this build of Qt cannot read GBK "
                                           "(it was built without ICU). Save the file as UTF-8 CSV.")
                              .arg(fileName));
    }
}

} // namespace

DecodedText decodeText(const QByteArray &bytes, TextEncoding encoding, const QString &fileName)
{
    const bool utf16Bom = startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF");
    if (encoding == TextEncoding::Detect) {
        if (utf16Bom)
            encoding = TextEncoding::Utf16;
        else if (startsWith(bytes, "\xEF\xBB\xBF"))
            encoding = TextEncoding::Utf8;
    }

    std::optional<QString> text;
    switch (encoding) {
    case TextEncoding::Detect:
        // Valid UTF-8 is almost never accidental in GBK text with Chinese in
        // it, so trying UTF-8 first and strictly is a safe test.
        if ((text = decodeUtf8(bytes)))
            return {*text, TextEncoding::Utf8};
        requireGb18030(fileName);
        if ((text = decodeGb18030(bytes)))
            return {*text, TextEncoding::Gb18030};
        break;
    case TextEncoding::Utf8:
        text = decodeUtf8(bytes);
        break;
    case TextEncoding::Gb18030:
        requireGb18030(fileName);
        text = decodeGb18030(bytes);
        break;
    case TextEncoding::Utf16:
        if (utf16Bom)
            text = decodeUtf16(bytes);
        break;
    }
    if (!text)
        notText(fileName, encoding);
    return {*text, encoding};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"utf-8" || lower == u"utf8")
        return TextEncoding::Utf8;
    if (lower == u"gbk" || lower == u"gb2312" || lower == u"gb18030" || lower == u"cp936")
        return TextEncoding::Gb18030;
    return std::nullopt;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Detect:
        return TextDecoding::tr("detected");
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Gb18030:
        return u"GBK/GB18030"_s;
    case TextEncoding::Utf16:
        return u"UTF-16"_s;
    }
    return {};
}

bool gb18030Available()
{
    return QStringDecoder(gb18030Name).isValid();
}

} // namespace zhibiao
