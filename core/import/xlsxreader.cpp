#include "core/import/xlsxreader.h"

#include "core/import/importerror.h"
#include "core/import/xlsxsheetparser.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <algorithm>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

const QString workbookPart = u"xl/workbook.xml"_s;
const QString workbookRelsPart = u"xl/_rels/workbook.xml.rels"_s;

// A relationship target is relative to xl/ unless it starts with "/".
QString partPath(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.sliced(1);
    return QDir::cleanPath(u"xl/"_s + target);
}

struct Relationships
{
    QHash<QString, QString> targets; // by id
    QString sharedStrings;
    QString styles;
};

// Whether there is more to read: a device that fails (a damaged entry, a
// part past the size limit) gives a premature end that is not atEnd(), and
// reading on would ask it again for ever (XlsxSheetParser has the same).
bool hasMore(const QXmlStreamReader &xml)
{
    return !xml.atEnd() && !xml.hasError();
}

// False when the XML is malformed or ends early.
bool parseRelationships(QIODevice &part, Relationships &rels)
{
    QXmlStreamReader xml(&part);
    while (hasMore(xml)) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QString target = partPath(xml.attributes().value("Target"_L1).toString());
        const QStringView type = xml.attributes().value("Type"_L1);
        rels.targets.insert(xml.attributes().value("Id"_L1).toString(), target);
        if (type.endsWith(u"/sharedStrings"))
            rels.sharedStrings = target;
        else if (type.endsWith(u"/styles"))
            rels.styles = target;
    }
    return !xml.hasError();
}

} // namespace

XlsxPartDevice::XlsxPartDevice(std::unique_ptr<QIODevice> source, qint64 limit)
    : m_source(std::move(source))
    , m_limit(limit)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

XlsxPartDevice::~XlsxPartDevice() = default;

qint64 XlsxPartDevice::readData(char *data, qint64 maxSize)
{
    if (m_exceeded)
        return -1;
    // One byte past the limit tells a part of exactly the limit from a larger one.
    const qint64 read = m_source->read(data, std::min(maxSize, m_limit - m_read + 1));
    if (read < 0)
        return -1;
    m_read += read;
    if (m_read > m_limit) {
        m_exceeded = true;
        return -1;
    }
    return read;
}

qint64 XlsxPartDevice::writeData(const char *, qint64)
{
    return -1;
}

XlsxReader::XlsxReader(const QString &path, qint64 maxPartSize)
    : m_fileName(QFileInfo(path).fileName())
    , m_maxPartSize(maxPartSize)
    , m_zip(std::make_unique<QuaZip>(path))
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        throw ImportError(tr("“%1” is not an Excel workbook (.xlsx) or cannot be read. Old .xls files must "
                             "first be saved as .xlsx.")
                              .arg(m_fileName));
    }
    readWorkbook();
}

XlsxReader::~XlsxReader() = default;

void XlsxReader::damaged() const
{
    throw ImportError(tr("“%1” is a damaged workbook: Excel or WPS may be able to repair it and save it again.")
                          .arg(m_fileName));
}

void XlsxReader::tooLarge() const
{
    //: %2 is a whole number of megabytes
    throw ImportError(tr("“%1” is not read: one of its parts would unpack to more than %2 MB, far more than a "
                         "sheet of figures needs; the file may be damaged, or made to fill the memory. If it is a "
                         "genuine workbook, save the sheet as CSV in Excel or WPS and import that.")
                          .arg(m_fileName)
                          .arg((m_maxPartSize + (1 << 20) - 1) >> 20));
}

void XlsxReader::unreadable(const XlsxPartDevice &part) const
{
    if (part.exceeded())
        tooLarge();
    damaged();
}

std::unique_ptr<XlsxPartDevice> XlsxReader::openPart(const QString &part) const
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return nullptr;
    // Refused from the zip's directory before a byte is inflated; the
    // device counts the bytes in case the directory lies.
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        damaged();
    if (info.uncompressedSize > quint64(m_maxPartSize))
        tooLarge();
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        damaged();
    return std::make_unique<XlsxPartDevice>(std::move(file), m_maxPartSize);
}

void XlsxReader::readWorkbook()
{
    Relationships rels;
    {
        const std::unique_ptr<XlsxPartDevice> part = openPart(workbookRelsPart);
        if (!part)
            damaged();
        if (!parseRelationships(*part, rels))
            unreadable(*part);
    }
    const std::unique_ptr<XlsxPartDevice> workbook = openPart(workbookPart);
    if (!workbook)
        damaged();
    QXmlStreamReader xml(workbook.get());
    while (hasMore(xml)) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"sheet")
            continue;
        // The relationship id is namespaced ("r:id"); match on the local name.
        QString id;
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.name() == u"id")
                id = attribute.value().toString();
        }
        const QStringView state = xml.attributes().value("state"_L1);
        m_sheets.append(Sheet{xml.attributes().value("name"_L1).toString(), rels.targets.value(id),
                              state == u"hidden" || state == u"veryHidden"});
    }
    if (xml.hasError())
        unreadable(*workbook);
    if (m_sheets.isEmpty())
        damaged();

    // Both optional; an empty part counts as none.
    if (const std::unique_ptr<XlsxPartDevice> part =
            openPart(rels.sharedStrings.isEmpty() ? u"xl/sharedStrings.xml"_s : rels.sharedStrings);
        part && !XlsxSheetParser::readSharedStrings(*part, m_sharedStrings) && part->bytesRead() > 0) {
        unreadable(*part);
    }
    if (const std::unique_ptr<XlsxPartDevice> part =
            openPart(rels.styles.isEmpty() ? u"xl/styles.xml"_s : rels.styles);
        part && !XlsxSheetParser::readDateStyles(*part, m_dateStyles) && part->bytesRead() > 0) {
        unreadable(*part);
    }
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets) {
        if (!sheet.hidden)
            names.append(sheet.name);
    }
    return names;
}

RawTable XlsxReader::readSheet(const QString &name) const
{
    const Sheet *chosen = nullptr;
    for (const Sheet &sheet : m_sheets) {
        if (name.isEmpty() ? !sheet.hidden : sheet.name == name) {
            chosen = &sheet;
            break;
        }
    }
    if (!chosen)
        throw ImportError(tr("“%1” has no sheet named “%2”.").arg(m_fileName, name));

    // Streamed from the zip, never unpacked whole.
    const std::unique_ptr<XlsxPartDevice> part = openPart(chosen->part);
    if (!part)
        damaged();
    QList<QStringList> rows;
    const XlsxSheetParser parser(m_sharedStrings, m_dateStyles);
    if (!parser.parse(*part, rows))
        unreadable(*part);
    RawTable table = RawTable::fromRows(rows);
    //: %1 sheet name, %2 number of visible sheets in the workbook
    table.description = tr("sheet “%1” of %n", nullptr, int(sheetNames().size())).arg(chosen->name);
    return table;
}

} // namespace zhibiao
