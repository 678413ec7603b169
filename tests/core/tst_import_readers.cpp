// Reading files into rows of text: encodings, CSV quoting, .xlsx parts.
#include "core/import/decodedtext.h"
#include "core/import/delimitedtext.h"
#include "core/import/importerror.h"
#include "core/import/tablefile.h"
#include "core/import/xlsxreader.h"
#include "core/import/xlsxsheetparser.h"
#include "tests/support/testdatabase.h"

#include <QBuffer>
#include <QDir>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> rowsOf(const RawTable &table)
{
    QList<QStringList> rows;
    for (int r = 0; r < table.rowCount(); ++r)
        rows.append(table.row(r).toStringList());
    return rows;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(ZHIBIAO_TEST_DATA) + u"/import/"_s + name;
}

// A sheet whose zip entry is damaged partway, as QuaZipFile reads it: some
// XML, then reads that fail (-1) while more bytes are still claimed. After
// many failed reads it gives malformed XML, so that a reader that keeps
// asking ends (and the test fails) instead of hanging.
class DamagedEntry : public QIODevice
{
public:
    explicit DamagedEntry(QByteArray head)
        : m_head(std::move(head))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    int failedReads = 0;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_head.size() + 4096; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_sent < m_head.size()) {
            const qint64 n = std::min<qint64>(maxSize, m_head.size() - m_sent);
            std::copy_n(m_head.constData() + m_sent, n, data);
            m_sent += n;
            return n;
        }
        if (++failedReads < 1000)
            return -1;
        const QByteArray broken = "<<<";
        const qint64 n = std::min<qint64>(maxSize, broken.size());
        std::copy_n(broken.constData(), n, data);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    qint64 m_sent = 0;
};

} // namespace

TEST_CASE("GB18030 is available in this Qt build", "[import][encoding]")
{
    // Debian's Qt 6 is built with ICU; without it GBK files cannot be read.
    CHECK(gb18030Available());
}

TEST_CASE("UTF-8 with and without BOM and GBK files read as the same text", "[import][encoding]")
{
    const QByteArray plain = test::fileBytes(dataFile(u"long-utf8.csv"_s));
    const QByteArray bom = test::fileBytes(dataFile(u"long-utf8-bom.csv"_s));
    const QByteArray gbk = test::fileBytes(dataFile(u"long-gbk.csv"_s));
    REQUIRE(bom.startsWith("\xEF\xBB\xBF"));
    REQUIRE(gbk != plain); // really different bytes

    const DecodedText fromPlain = decodeText(plain, TextEncoding::Detect, u"a.csv"_s);
    const DecodedText fromBom = decodeText(bom, TextEncoding::Detect, u"b.csv"_s);
    const DecodedText fromGbk = decodeText(gbk, TextEncoding::Detect, u"c.csv"_s);
    CHECK(fromPlain.encoding == TextEncoding::Utf8);
    CHECK(fromBom.encoding == TextEncoding::Utf8);
    CHECK(fromGbk.encoding == TextEncoding::Gb18030);
    CHECK(fromPlain.text.startsWith(u"指标,年份"_s));
    CHECK(fromBom.text == fromPlain.text);
    CHECK(fromGbk.text == fromPlain.text);
}

TEST_CASE("A wrong encoding chosen by hand is an error, not garbled names", "[import][encoding]")
{
    const QByteArray gbk = test::fileBytes(dataFile(u"long-gbk.csv"_s));
    REQUIRE_THROWS_AS(decodeText(gbk, TextEncoding::Utf8, u"c.csv"_s), ImportError);
    try {
        decodeText(gbk, TextEncoding::Utf8, u"c.csv"_s);
    } catch (const ImportError &error) {
        CHECK(error.message().contains(u"c.csv"_s));
        CHECK(error.message().contains(u"UTF-8"_s));
    }
    // GBK chosen by hand for a GBK file.
    CHECK(decodeText(gbk, TextEncoding::Gb18030, u"c.csv"_s).text.startsWith(u"指标"_s));
    CHECK(encodingFromName(u"GBK"_s) == TextEncoding::Gb18030);
    CHECK(encodingFromName(u"utf-8"_s) == TextEncoding::Utf8);
    CHECK_FALSE(encodingFromName(u"latin1"_s));
}

TEST_CASE("CSV fields may be quoted, hold commas, quotes and line breaks", "[import][csv]")
{
    const auto rows = rowsOf(splitDelimited(u"a,\"38,620.5\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\nlast,"_s, u','));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0) == QStringList{u"a"_s, u"38,620.5"_s, u"say \"hi\""_s});
    CHECK(rows.at(1) == QStringList{u"two\nlines"_s, QString(), u"x"_s});
    CHECK(rows.at(2) == QStringList{QString()}); // a blank line keeps its row number
    CHECK(rows.at(3) == QStringList{u"last"_s, QString()});
    CHECK(splitDelimited(u""_s, u',').rowCount() == 0);
}

TEST_CASE("Cells are read from the file's text: quoted, guarded, blank and full-width", "[import][csv]")
{
    const QString text = u"指标名称,\"1-5月,累计\",同比增长%\r\n\"规模以上\n工业增加值\",\"说 \"\"好\"\"\",-3.2\r"
                         "地区生产总值,１２３．４,'=x\n\n社会消费品零售总额,\"\",\n末行;分号\t制表,\"'=y\"z"_s;
    const RawTable table = splitDelimited(text, u',');
    const QList<QStringList> rows = rowsOf(table);
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0) == QStringList{u"指标名称"_s, u"1-5月,累计"_s, u"同比增长%"_s});
    CHECK(rows.at(1) == QStringList{u"规模以上\n工业增加值"_s, u"说 \"好\""_s, u"-3.2"_s});
    CHECK(rows.at(2) == QStringList{u"地区生产总值"_s, u"１２３．４"_s, u"=x"_s}); // the export's guard taken off
    CHECK(rows.at(3) == QStringList{QString()});
    CHECK(rows.at(4) == QStringList{u"社会消费品零售总额"_s, QString(), QString()});
    CHECK(rows.at(5) == QStringList{u"末行;分号\t制表"_s, u"=yz"_s}); // text after the closing quote is kept, the guard taken off
    // Outside the table and outside a row: empty.
    CHECK(table.cell(6, 0).isNull());
    CHECK(table.cell(0, 3).isEmpty());
    CHECK(table.cell(-1, 0).isEmpty());
    CHECK(table.row(3).isBlank());
    CHECK_FALSE(table.row(4).isBlank());
}

TEST_CASE("The delimiter is found from the first lines", "[import][csv]")
{
    CHECK(detectDelimiter(u"a\tb\tc\n1\t2\t3\n"_s) == u'\t');
    CHECK(detectDelimiter(u"a,b,c\n\"1\t2\",3,4\n"_s) == u',');
    CHECK(detectDelimiter(u"a;b;c\n1;2;3\n"_s) == u';');
    CHECK(detectDelimiter(u"one column\n"_s) == u',');
}

TEST_CASE("A very wide line splits into all its cells", "[import][csv]")
{
    // Found reading an earlier splitter for fuzzing (issue 9): it kept a
    // cache of texts per column, about 2 KB a column, so a 10 MB line of
    // "a,a,a,…" took 9 GB. (This checks the cells; the memory itself is not
    // measured here.)
    const int columns = 20000;
    QString line;
    for (int c = 0; c < columns; ++c)
        line += QString::number(c % 7) + u',';
    const QList<QStringList> rows = rowsOf(splitDelimited(line, u','));
    REQUIRE(rows.size() == 1);
    REQUIRE(rows.at(0).size() == columns + 1);
    CHECK(rows.at(0).at(columns - 1) == QString::number((columns - 1) % 7));
    CHECK(rows.at(0).at(columns).isEmpty());
}

TEST_CASE("Excel's Unicode text (UTF-16, tabs) is read", "[import][csv]")
{
    const RawTable table = readTableFile(dataFile(u"unicode-text.txt"_s));
    REQUIRE(table.rowCount() == 3);
    CHECK(table.row(0).toStringList() == QStringList{u"Indicator"_s, u"Year"_s, u"Period"_s, u"Value"_s, u"Growth %"_s});
    CHECK(table.row(1).toStringList().at(2) == u"Jan–Jun"_s);
    CHECK(table.description.contains(u"UTF-16"_s));
    CHECK(table.description.contains(u"tab"_s));
}

TEST_CASE("An .xlsx sheet reads with shared, inline and rich strings, numbers and merged headers", "[import][xlsx]")
{
    const XlsxReader reader(dataFile(u"wide-merged.xlsx"_s));
    // The hidden sheet is not offered.
    CHECK(reader.sheetNames() == QStringList{u"主要指标"_s});
    const RawTable table = reader.readSheet();
    REQUIRE(table.rowCount() == 7);
    // A1:E1 merged: the title fills the row.
    CHECK(table.row(0).toStringList() == QStringList(5, u"2022年1-6月主要经济指标"_s));
    // A2:A3 and B2:B3 merged down, C2:E2 across.
    CHECK(table.row(1).toStringList() == QStringList{u"指标"_s, u"单位"_s, u"1-6月"_s, u"1-6月"_s, u"1-6月"_s});
    CHECK(table.row(2).toStringList() == QStringList{u"指标"_s, u"单位"_s, u"累计"_s, u"上年同期"_s, u"同比增长%"_s});
    // Numbers as their shortest exact decimal: 150.19999999999999 is 150.2.
    CHECK(table.row(3).toStringList() == QStringList{u"地区生产总值"_s, u"亿元"_s, u"150.2"_s, u"140.5"_s, u"7.1"_s});
    // Inline rich text runs joined.
    CHECK(table.row(4).toStringList().at(0) == u"社会消费品零售总额"_s);
    // A shared string with runs and a phonetic guide that is left out.
    CHECK(table.row(5).toStringList().at(0) == u"居民人均可支配收入"_s);
    CHECK(table.row(5).toStringList().at(4) == u"7.26%"_s);
    // A formula's cached text, and an exponent written out.
    CHECK(table.row(6).toStringList().mid(0, 4) == QStringList{u"PM2.5平均浓度"_s, u"μg/m³"_s, u"32"_s, u"35"_s});
}

TEST_CASE("Date-formatted cells read as dates", "[import][xlsx]")
{
    const XlsxReader reader(dataFile(u"wide-merged.xlsx"_s));
    const RawTable hidden = reader.readSheet(u"底稿"_s);
    REQUIRE(hidden.rowCount() == 3);
    CHECK(hidden.row(1).toStringList().at(1) == u"2022-06-30"_s); // built-in date format
    CHECK(hidden.row(2).toStringList().at(1) == u"2022-09-30"_s); // custom format yyyy"年"m"月"
    CHECK(hidden.row(1).toStringList().at(2) == u"150.2"_s);
    CHECK_THROWS_AS(reader.readSheet(u"没有这张表"_s), ImportError);
}

TEST_CASE("Files that are not spreadsheets are refused with a message", "[import][xlsx]")
{
    test::TestFolder folder;
    const QString fakeXlsx = folder.path(u"fake.xlsx"_s);
    test::writeFile(fakeXlsx, QByteArray("PK\x03\x04 this is no zip", 20));
    CHECK_THROWS_AS(readTableFile(fakeXlsx), ImportError);

    const QString oldXls = folder.path(u"old.xls"_s);
    test::writeFile(oldXls, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 more", 13));
    try {
        readTableFile(oldXls);
        FAIL("an .xls file was read");
    } catch (const ImportError &error) {
        CHECK(error.message().contains(u".xlsx"_s));
    }

    const QString binary = folder.path(u"binary.csv"_s);
    test::writeFile(binary, QByteArray("\xFF\xFF\x80\x81\x00", 5));
    CHECK_THROWS_AS(readTableFile(binary), ImportError);
    CHECK_THROWS_AS(readTableFile(folder.path(u"missing.csv"_s)), ImportError);
}

TEST_CASE("A merged range over a whole sheet that reaches both edges is refused, not filled", "[import][xlsx]")
{
    // Found reading the sheet parser for fuzzing (issue 9): "A1:XFD1048576"
    // over cells at the last column and the last row would have filled
    // 17 billion cells. A few bytes of XML must not take the machine down.
    QByteArray xml = R"(<worksheet><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>
        <row r="1048576"><c r="A1048576"><v>1</v></c></row>
        </sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>)";
    QBuffer sheet(&xml);
    REQUIRE(sheet.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    CHECK_FALSE(XlsxSheetParser({}, {}).parse(sheet, rows));

    // Ordinary merges over a header still fill.
    QByteArray small = R"(<worksheet><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>1-6月</t></is></c><c r="C1"><v>2</v></c></row>
        </sheetData><mergeCells><mergeCell ref="A1:C1"/></mergeCells></worksheet>)";
    QBuffer smallSheet(&small);
    REQUIRE(smallSheet.open(QIODevice::ReadOnly));
    rows.clear();
    REQUIRE(XlsxSheetParser({}, {}).parse(smallSheet, rows));
    CHECK(rows == QList<QStringList>{{u"1-6月"_s, u"1-6月"_s, u"1-6月"_s}});
}

TEST_CASE("A sheet whose zip entry cannot be inflated is damaged, not read forever", "[import][xlsx]")
{
    // Found by fuzz_xlsxreader (issue 9): one changed byte in a sheet's
    // compressed data made the import hang. The reader must stop at the
    // first failed read and call the workbook damaged.
    DamagedEntry sheet("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1");
    QList<QStringList> rows;
    CHECK_FALSE(XlsxSheetParser({}, {}).parse(sheet, rows));
    CHECK(sheet.failedReads < 10);

    DamagedEntry strings("<sst><si><t>地区生产总值</t></si><si><r><t>规模");
    QStringList shared;
    CHECK_FALSE(XlsxSheetParser::readSharedStrings(strings, shared));
    CHECK(strings.failedReads < 10);
}
