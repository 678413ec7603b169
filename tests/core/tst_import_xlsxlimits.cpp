// Zip bombs (docs/reliability.md): an .xlsx of a few kilobytes whose sheet
// or shared strings unpack to far more is refused with a clear message,
// from the zip's declared size before anything is inflated, and from the
// bytes really inflated when the declared size lies. The limit is passed
// small (1 MB) so that the test files stay small.
#include "core/import/importerror.h"
#include "core/import/xlsxreader.h"
#include "core/import/xlsxsheetparser.h"
#include "tests/support/testdatabase.h"

#include <QBuffer>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <zlib.h>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Limit = 1 << 20;

const QByteArray workbookXml =
    R"(<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
    R"(<sheets><sheet name="月报" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const QByteArray relationshipsXml =
    R"(<Relationships>)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet")"
    R"( Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings")"
    R"( Target="sharedStrings.xml"/></Relationships>)";
const QString sheetPart = u"xl/worksheets/sheet1.xml"_s;

// rowCount rows of a shared string and a number: about 45 bytes a row,
// deflated to almost nothing.
QByteArray sheetXml(int rowCount)
{
    QByteArray xml = "<worksheet><sheetData>";
    for (int i = 0; i < rowCount; ++i)
        xml += R"(<row><c t="s"><v>0</v></c><c><v>12.5</v></c></row>)";
    return xml + "</sheetData></worksheet>";
}

QByteArray sharedStringsXml(int count)
{
    QByteArray xml = "<sst>";
    for (int i = 0; i < count; ++i)
        xml += "<si><t>地区生产总值</t></si>";
    return xml + "</sst>";
}

// A workbook of these parts, each deflated as Excel does.
void writeWorkbook(const QString &path, const QByteArray &sheet, const QByteArray &sharedStrings)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    const QList<std::pair<QString, QByteArray>> parts = {{u"xl/workbook.xml"_s, workbookXml},
                                                          {u"xl/_rels/workbook.xml.rels"_s, relationshipsXml},
                                                          {u"xl/sharedStrings.xml"_s, sharedStrings},
                                                          {sheetPart, sheet}};
    for (const auto &[name, bytes] : parts) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, Z_BEST_COMPRESSION));
        REQUIRE(file.write(bytes) == bytes.size());
        file.close();
        REQUIRE(file.getZipError() == ZIP_OK);
    }
    zip.close();
    REQUIRE(zip.getZipError() == ZIP_OK);
}

quint32 read32(const QByteArray &bytes, qsizetype at)
{
    return quint32(quint8(bytes[at])) | quint32(quint8(bytes[at + 1])) << 8 | quint32(quint8(bytes[at + 2])) << 16
        | quint32(quint8(bytes[at + 3])) << 24;
}

quint16 read16(const QByteArray &bytes, qsizetype at)
{
    return quint16(quint8(bytes[at]) | quint8(bytes[at + 1]) << 8);
}

void write32(QByteArray &bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

// Where a part's entry is in the zip (APPNOTE 4.3.7, 4.3.12).
struct ZipEntry
{
    qsizetype localHeader = -1;
    qsizetype centralHeader = -1;
    qsizetype data = -1; // the compressed bytes
    quint32 compressedSize = 0;
};

ZipEntry findEntry(const QByteArray &zip, const QString &name)
{
    const QByteArray wanted = name.toUtf8();
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        const quint16 nameLength = read16(zip, at + 28);
        if (zip.mid(at + 46, nameLength) != wanted)
            continue;
        ZipEntry entry;
        entry.centralHeader = at;
        entry.localHeader = read32(zip, at + 42);
        entry.compressedSize = read32(zip, at + 20);
        entry.data = entry.localHeader + 30 + read16(zip, entry.localHeader + 26) + read16(zip, entry.localHeader + 28);
        return entry;
    }
    FAIL("no zip entry " << name.toStdString());
    return {};
}

QString readError(const QString &path, qint64 limit)
{
    try {
        const XlsxReader reader(path, limit);
        reader.readSheet();
    } catch (const ImportError &error) {
        return error.message();
    }
    return {};
}

QString tooLargeMessage(const QString &fileName)
{
    return u"“"_s + fileName
        + u"” is not read: one of its parts would unpack to more than 1 MB, far more than a sheet of figures "
          "needs; the file may be damaged, or made to fill the memory. If it is a genuine workbook, save the sheet "
          "as CSV in Excel or WPS and import that."_s;
}

} // namespace

TEST_CASE("A workbook whose sheet or shared strings unpack beyond the limit is refused", "[import][xlsx][zipbomb]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"bomb.xlsx"_s);
    int rows = 2;
    int strings = 1;
    SECTION("the sheet")
    {
        rows = 100'000; // 4.6 MB of XML
    }
    SECTION("the shared strings")
    {
        strings = 150'000; // 4.5 MB of XML
    }
    writeWorkbook(path, sheetXml(rows), sharedStringsXml(strings));
    REQUIRE(QFileInfo(path).size() < 64 * 1024); // a hundred times smaller than what it unpacks to

    CHECK(readError(path, Limit) == tooLargeMessage(u"bomb.xlsx"_s));

    // It is the size that is refused: within the default limit the same
    // workbook reads.
    const RawTable table = XlsxReader(path).readSheet();
    CHECK(table.rowCount() == rows);
    CHECK(table.cell(rows - 1, 0).toString() == u"地区生产总值"_s);
    CHECK(table.cell(rows - 1, 1).toString() == u"12.5"_s);
}

TEST_CASE("A part the zip declares too large is refused before any of it is inflated", "[import][xlsx][zipbomb]")
{
    // The sheet's compressed bytes are garbage: inflating any of them fails.
    // Refused as too large (not as damaged) proves that nothing was inflated.
    test::TestFolder folder;
    const QString path = folder.path(u"declared.xlsx"_s);
    writeWorkbook(path, sheetXml(100'000), sharedStringsXml(1));
    QByteArray zip = test::fileBytes(path);
    const ZipEntry sheet = findEntry(zip, sheetPart);
    REQUIRE(read32(zip, sheet.centralHeader + 24) > quint32(Limit)); // the size declared in the zip's directory
    for (quint32 i = 0; i < sheet.compressedSize; ++i)
        zip[sheet.data + i] = char(0xff);
    test::writeFile(path, zip);

    CHECK(readError(path, Limit) == tooLargeMessage(u"declared.xlsx"_s));
    CHECK(readError(path, XlsxReader::DefaultMaxPartSize).contains(u"is a damaged workbook"_s));
}

TEST_CASE("A part larger than its declared size is cut at the limit while it is read", "[import][xlsx][zipbomb]")
{
    // The declared size is a number anyone can write. QuaZip stops at it
    // (the rest is never inflated, and the entry is then damaged), but the
    // reader does not count on that: it counts the bytes it is given.
    SECTION("a whole workbook that understates its sheet")
    {
        test::TestFolder folder;
        const QString path = folder.path(u"understated.xlsx"_s);
        writeWorkbook(path, sheetXml(100'000), sharedStringsXml(1));
        QByteArray zip = test::fileBytes(path);
        const ZipEntry sheet = findEntry(zip, sheetPart);
        write32(zip, sheet.centralHeader + 24, 1000);
        write32(zip, sheet.localHeader + 22, 1000);
        test::writeFile(path, zip);
        CHECK_THROWS_AS(XlsxReader(path, Limit).readSheet(), ImportError);
    }
    SECTION("the parsers stop after the limit, whatever their source holds")
    {
        QByteArray xml = sheetXml(100'000);
        REQUIRE(xml.size() > 4 * Limit);
        auto source = std::make_unique<QBuffer>(&xml);
        REQUIRE(source->open(QIODevice::ReadOnly));
        const QBuffer *buffer = source.get();
        XlsxPartDevice part(std::move(source), Limit);
        QList<QStringList> rows;
        CHECK_FALSE(XlsxSheetParser({u"x"_s}, {}).parse(part, rows));
        CHECK(part.exceeded());
        CHECK(part.bytesRead() <= Limit + 1);
        CHECK(buffer->pos() <= Limit + 1);
        CHECK(rows.size() < 30'000); // no more than the first megabyte's rows
    }
    SECTION("a part of exactly the limit is read whole")
    {
        QByteArray xml = sheetXml(100);
        auto source = std::make_unique<QBuffer>(&xml);
        REQUIRE(source->open(QIODevice::ReadOnly));
        XlsxPartDevice part(std::move(source), xml.size());
        QList<QStringList> rows;
        CHECK(XlsxSheetParser({u"x"_s}, {}).parse(part, rows));
        CHECK_FALSE(part.exceeded());
        CHECK(rows.size() == 100);
    }
}
