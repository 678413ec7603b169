#include "xlsxreader.h"

#include "importerror.h"
#include "xlsxsheetparser.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

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

Relationships parseRelationships(const QByteArray &xmlText)
{
    Relationships rels;
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
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
    return rels;
}

} // namespace

XlsxReader::XlsxReader(const QString &path)
    : m_fileName(QFileInfo(path).fileName())
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

QByteArray XlsxReader::readPart(const QString &part, bool required) const
{
    QuaZipFile file(m_zip.get());
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive) || !file.open(QIODevice::ReadOnly)) {
        if (required)
            damaged();
        return {};
    }
    return file.readAll();
}

void XlsxReader::readWorkbook()
{
    const Relationships rels = parseRelationships(readPart(workbookRelsPart, true));
    QXmlStreamReader xml(readPart(workbookPart, true));
    while (!xml.atEnd()) {
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
    if (xml.hasError() || m_sheets.isEmpty())
        damaged();

    QByteArray sharedStrings = readPart(rels.sharedStrings.isEmpty() ? u"xl/sharedStrings.xml"_s : rels.sharedStrings,
                                        false);
    QBuffer sharedBuffer(&sharedStrings);
    sharedBuffer.open(QIODevice::ReadOnly);
    if (!XlsxSheetParser::readSharedStrings(sharedBuffer, m_sharedStrings) && !sharedStrings.isEmpty())
        damaged();

    QByteArray styles = readPart(rels.styles.isEmpty() ? u"xl/styles.xml"_s : rels.styles, false);
    QBuffer stylesBuffer(&styles);
    stylesBuffer.open(QIODevice::ReadOnly);
    if (!XlsxSheetParser::readDateStyles(stylesBuffer, m_dateStyles) && !styles.isEmpty())
        damaged();
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

    // Streamed from the zip: a sheet of a million rows is never in memory twice.
    QuaZipFile file(m_zip.get());
    if (!m_zip->setCurrentFile(chosen->part, QuaZip::csInsensitive) || !file.open(QIODevice::ReadOnly))
        damaged();
    RawTable table;
    const XlsxSheetParser parser(m_sharedStrings, m_dateStyles);
    if (!parser.parse(file, table.rows))
        damaged();
    //: %1 sheet name, %2 number of visible sheets in the workbook
    table.description = tr("sheet “%1” of %n", nullptr, int(sheetNames().size())).arg(chosen->name);
    return table;
}

} // namespace zhibiao
