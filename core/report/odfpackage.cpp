#include "core/report/odfpackage.h"

#include "core/export/exporterror.h"

#include <QBuffer>
#include <QList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace zhibiao {

using namespace Qt::StringLiterals;

namespace {

const QString TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString StyleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString FoNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;

struct PackageFile
{
    QString name;
    QByteArray data;
};

QString headingStyleName(int level)
{
    return u"Heading_20_%1"_s.arg(level);
}

// The common styles the headings derive from, and the page.
QByteArray stylesXml()
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                     R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
                     R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
                     R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">
<office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:keep-with-next="always"/>
</style:style>
)";
    for (int level = 1; level <= 3; ++level) {
        xml += u"<style:style style:name=\"%1\" style:display-name=\"Heading %2\" style:family=\"paragraph\" "
               "style:parent-style-name=\"Heading\" style:default-outline-level=\"%2\" style:class=\"text\"/>\n"_s
                   .arg(headingStyleName(level))
                   .arg(level)
                   .toUtf8();
    }
    xml += u"</office:styles>\n<office:automatic-styles>\n<style:page-layout style:name=\"A4\">"
           "<style:page-layout-properties fo:page-width=\"210mm\" fo:page-height=\"297mm\" "
           "style:print-orientation=\"portrait\" fo:margin-top=\"%1mm\" fo:margin-bottom=\"%1mm\" "
           "fo:margin-left=\"%1mm\" fo:margin-right=\"%1mm\"/></style:page-layout>\n"
           "</office:automatic-styles>\n<office:master-styles>"
           "<style:master-page style:name=\"Standard\" style:page-layout-name=\"A4\"/>"
           "</office:master-styles>\n</office:document-styles>\n"_s.arg(OdfPackage::PageMarginMm)
               .toUtf8();
    return xml;
}

// Qt writes a character style's font for Western text only (fo:font-*);
// a word processor sets Chinese in its own East Asian font and size
// (style:*-asian), so the characters of a cell came out larger than its
// digits. The same values for both.
void writeTextProperties(QXmlStreamWriter &writer, const QXmlStreamReader &reader)
{
    writer.writeCurrentToken(reader);
    static const QList<std::pair<QString, QString>> asianOf = {
        {u"font-family"_s, u"font-family-asian"_s},
        {u"font-size"_s, u"font-size-asian"_s},
        {u"font-weight"_s, u"font-weight-asian"_s},
        {u"font-style"_s, u"font-style-asian"_s},
    };
    for (const auto &[western, asian] : asianOf) {
        if (const QStringView value = reader.attributes().value(FoNs, western); !value.isEmpty())
            writer.writeAttribute(StyleNs, asian, value.toString());
    }
}

// content.xml with the heading paragraphs as headings: <text:p
// text:style-name="p12"> becomes <text:h text:outline-level="2">, and the
// automatic style p12 a child of Heading 2; and fonts for Chinese text.
QByteArray finishContent(const QByteArray &content, const QHash<QString, int> &levelOfStyle)
{
    QXmlStreamReader reader(content);
    QByteArray result;
    QXmlStreamWriter writer(&result);
    QList<bool> paragraphIsHeading; // for each open text:p, whether it was written as text:h
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == TextNs && reader.name() == u"p") {
            const int level = levelOfStyle.value(reader.attributes().value(TextNs, u"style-name"_s).toString());
            paragraphIsHeading.append(level > 0);
            if (level > 0) {
                writer.writeStartElement(TextNs, u"h"_s);
                writer.writeAttributes(reader.attributes());
                writer.writeAttribute(TextNs, u"outline-level"_s, QString::number(level));
                continue;
            }
        } else if (reader.isEndElement() && reader.namespaceUri() == TextNs && reader.name() == u"p") {
            if (!paragraphIsHeading.isEmpty() && paragraphIsHeading.takeLast()) {
                writer.writeEndElement();
                continue;
            }
        } else if (reader.isStartElement() && reader.namespaceUri() == StyleNs && reader.name() == u"text-properties") {
            writeTextProperties(writer, reader);
            continue;
        } else if (reader.isStartElement() && reader.namespaceUri() == StyleNs && reader.name() == u"style") {
            const int level = levelOfStyle.value(reader.attributes().value(StyleNs, u"name"_s).toString());
            writer.writeCurrentToken(reader);
            if (level > 0)
                writer.writeAttribute(StyleNs, u"parent-style-name"_s, headingStyleName(level));
            continue;
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        throw ExportError(OdfPackage::tr("The document could not be finished: %1").arg(reader.errorString()));
    return result;
}

QByteArray withStylesInManifest(QByteArray manifest)
{
    const QByteArray end = "</manifest:manifest>";
    const qsizetype at = manifest.lastIndexOf(end);
    if (at < 0)
        throw ExportError(OdfPackage::tr("The document could not be finished: its manifest is incomplete."));
    manifest.insert(at, R"(<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>)");
    return manifest;
}

QList<PackageFile> readPackage(const QByteArray &package)
{
    QBuffer buffer;
    buffer.setData(package);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        throw ExportError(OdfPackage::tr("The document could not be finished: Qt's package could not be read."));
    QList<PackageFile> files;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            throw ExportError(OdfPackage::tr("The document could not be finished: Qt's package could not be read."));
        files.append({zip.getCurrentFileName(), file.readAll()});
    }
    return files;
}

QByteArray writePackage(const QList<PackageFile> &files)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            throw ExportError(OdfPackage::tr("The document could not be finished: the package could not be made."));
        for (const PackageFile &entry : files) {
            QuaZipFile file(&zip);
            // The mimetype comes first and uncompressed, so a reader
            // recognises the package by its first bytes (ODF 1.2 part 3,
            // 3.3); the pictures are PNGs, compressed already.
            const bool stored = entry.name == u"mimetype" || entry.name.startsWith(u"Pictures/");
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                           stored ? 0 : Z_DEFAULT_COMPRESSION)
                || file.write(entry.data) != entry.data.size()) {
                throw ExportError(
                    OdfPackage::tr("The document could not be finished: the package could not be made."));
            }
            file.close();
        }
        zip.close();
        if (zip.getZipError() != UNZ_OK)
            throw ExportError(OdfPackage::tr("The document could not be finished: the package could not be made."));
    }
    return buffer.data();
}

} // namespace

QByteArray OdfPackage::finish(const QByteArray &qtPackage, const QHash<int, int> &headingLevels)
{
    QHash<QString, int> levelOfStyle;
    for (auto it = headingLevels.cbegin(); it != headingLevels.cend(); ++it)
        levelOfStyle.insert(u"p%1"_s.arg(it.key()), it.value());

    QList<PackageFile> files = readPackage(qtPackage);
    // Qt 6.4 writes no styles.xml; should a later Qt write its own, it stays.
    const bool hasStyles = std::any_of(files.cbegin(), files.cend(),
                                       [](const PackageFile &file) { return file.name == u"styles.xml"; });
    for (PackageFile &file : files) {
        if (file.name == u"content.xml")
            file.data = finishContent(file.data, levelOfStyle);
        else if (file.name == u"META-INF/manifest.xml" && !hasStyles)
            file.data = withStylesInManifest(file.data);
    }
    if (!hasStyles)
        files.append({u"styles.xml"_s, stylesXml()});
    return writePackage(files);
}

} // namespace zhibiao
