// The summary report as an OpenDocument text (issue 18), checked the way a
// word processor meets it: the package's own files (it is a zip), its
// content.xml read as XML, and, when LibreOffice is installed, the file
// converted to PDF by LibreOffice itself and read back with pdftotext.
#include "app/report/reportexport.h"
#include "core/report/summaryreport.h"
#include "core/storage/workspace.h"
#include "tests/support/citytable.h"
#include "tests/support/clirun.h"
#include "tests/support/reportfixture.h"

#include <QFile>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

const QString TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString TableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString DrawNs = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_s;
const QString XlinkNs = u"http://www.w3.org/1999/xlink"_s;

// Every file of the package by name.
QMap<QString, QByteArray> packageFiles(const QString &path)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    QMap<QString, QByteArray> files;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.insert(zip.getCurrentFileName(), file.readAll());
    }
    return files;
}

struct Heading
{
    int level = 0;
    QString text;
};

// What content.xml says, as a reader of the document sees it.
struct OdtContent
{
    QList<Heading> headings;
    QStringList paragraphs; // outside tables
    int tables = 0;
    QStringList cells;
    QStringList pictures; // the files the images show
};

OdtContent readContent(const QByteArray &xml)
{
    OdtContent content;
    QXmlStreamReader reader(xml);
    int tableDepth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == TableNs && reader.name() == u"table") {
            ++tableDepth;
            ++content.tables;
        } else if (reader.isEndElement() && reader.namespaceUri() == TableNs && reader.name() == u"table") {
            --tableDepth;
        } else if (reader.isStartElement() && reader.namespaceUri() == TextNs
                   && (reader.name() == u"h" || reader.name() == u"p")) {
            const bool heading = reader.name() == u"h";
            const int level = reader.attributes().value(TextNs, u"outline-level"_s).toInt();
            const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            if (heading)
                content.headings.append({level, text});
            else if (tableDepth > 0)
                content.cells.append(text);
            else
                content.paragraphs.append(text);
        }
    }
    REQUIRE_FALSE(reader.hasError());
    // Images sit inside paragraphs (draw:frame in a span), which the
    // pass above reads as text: a pass of their own.
    QXmlStreamReader images(xml);
    while (!images.atEnd()) {
        images.readNext();
        if (images.isStartElement() && images.namespaceUri() == DrawNs && images.name() == u"image")
            content.pictures.append(images.attributes().value(XlinkNs, u"href"_s).toString());
    }
    return content;
}

QStringList headingsAt(const OdtContent &content, int level)
{
    QStringList texts;
    for (const Heading &heading : content.headings) {
        if (heading.level == level)
            texts.append(heading.text);
    }
    return texts;
}

QString cityTable(const char *file)
{
    return QString::fromUtf8(ZHIBIAO_TEST_DATA "/city/") + QString::fromUtf8(file);
}

} // namespace

TEST_CASE("The .odt report has the PDF's content with headings as headings, tables and charts as pictures",
          "[odt]")
{
    const LanguageFor chinese(UiLanguage::Chinese);
    LukouDatabase database;
    Workspace workspace(database.path);
    importCityTable(workspace, cityTable("zhuzhou-2022-q3-indicators-as-rows.csv"));
    const QString odt = database.folder.filePath(u"summary.odt"_s);

    const ReportExportResult result = exportReport(workspace, 2022, Period::fromMonth(9), ReportFormat::Odt, odt);
    CHECK(result.format == ReportFormat::Odt);
    CHECK(result.pageCount == 0); // the word processor's to lay out
    CHECK(result.targetCount == 10);

    // An ODF package starts with its mimetype, stored uncompressed, so
    // that a reader recognises it by its first bytes.
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.mid(30, 8) == "mimetype");
    CHECK(bytes.mid(38, 39) == "application/vnd.oasis.opendocument.text");

    const QMap<QString, QByteArray> files = packageFiles(odt);
    REQUIRE(files.contains(u"content.xml"_s));
    const OdtContent content = readContent(files.value(u"content.xml"_s));

    // Headings at three levels: the title, a target each, the parts.
    const SummaryReport report
        = SummaryReport::load(workspace, 2022, Period::fromMonth(9), u"lukou-2022.sqlite"_s, QDateTime());
    CHECK(headingsAt(content, 1) == QStringList{u"渌口区2022年主要经济指标完成情况（截至9月）"_s});
    const QStringList targets = headingsAt(content, 2);
    REQUIRE(targets.size() == 10);
    for (qsizetype t = 0; t < targets.size(); ++t) {
        const Target &target = report.sections().at(t).series.latest().target;
        INFO(targets.at(t).toStdString());
        CHECK(targets.at(t).contains(target.titleZh));
        CHECK(targets.at(t).contains(target.statementZh));
    }
    CHECK(headingsAt(content, 3).contains(u"分析"_s));
    CHECK(headingsAt(content, 3).contains(u"在全市的位次"_s));

    // The analysis, a paragraph a sentence, as the PDF writes it.
    REQUIRE_FALSE(report.analysis().isEmpty());
    for (const QString &sentence : report.analysis()) {
        INFO(sentence.toStdString());
        CHECK(content.paragraphs.contains(sentence));
    }

    // Tables are tables: the summary, the ranking, and one per chart.
    int charts = 0;
    int rankedCharts = 0;
    for (const ReportSection &section : report.sections()) {
        charts += int(section.series.criterionCount());
        for (qsizetype c = 0; c < section.series.criterionCount(); ++c)
            rankedCharts += report.hasRanking(section.series.quarters(c)) ? 1 : 0;
    }
    CHECK(rankedCharts == 4); // industry, investment, revenue, retail: what the city ranks to September
    CHECK(content.tables == 2 + charts);
    for (const QString &figure : {u"6.2%"_s, u"9.6%"_s, u"15.7%"_s, u"74.0% / 75.0%"_s, u"41,300 吨"_s}) {
        INFO(figure.toStdString());
        CHECK(squeezed(content.cells.join(u'|')).contains(squeezed(figure)));
    }

    // Each chart a picture in the package, at 144 pixels per inch:
    // a target's progress, and where the city's table ranks it, the ranking.
    REQUIRE(content.pictures.size() == charts + rankedCharts);
    for (const QString &picture : content.pictures) {
        INFO(picture.toStdString());
        REQUIRE(files.contains(picture));
        const QImage image = QImage::fromData(files.value(picture));
        CHECK(image.width() >= 1000); // 178 mm at 144 px per inch
        CHECK(files.value(u"META-INF/manifest.xml"_s).contains(picture.toUtf8()));
    }

    // The page is A4, headings are styles a word processor knows, and
    // Chinese text is set at the size asked for, like the Latin beside it.
    const QByteArray styles = files.value(u"styles.xml"_s);
    CHECK(styles.contains(R"(fo:page-width="210mm")"));
    CHECK(styles.contains(R"(style:name="Heading_20_2")"));
    CHECK(styles.contains(R"(style:default-outline-level="2")"));
    CHECK(files.value(u"META-INF/manifest.xml"_s).contains(R"(manifest:full-path="styles.xml")"));
    CHECK(files.value(u"content.xml"_s).contains(R"(style:font-size-asian="9pt")"));
}

TEST_CASE("zhibiao report writes a PDF or an .odt and refuses other names", "[odt][cli]")
{
    LukouDatabase database;
    const QString odt = database.folder.filePath(u"summary.odt"_s);
    const QString pdf = database.folder.filePath(u"summary.pdf"_s);
    {
        Workspace workspace(database.path);
        importCityTable(workspace, cityTable("zhuzhou-2022-h1-units-as-rows.csv"));
    }

    const CliRun odtRun = runZhibiaoCli({u"report"_s, u"--db"_s, database.path, u"--year"_s, u"2022"_s,
                                         u"--period"_s, u"1-6月"_s, u"-o"_s, odt});
    INFO(odtRun.err.toStdString());
    CHECK(odtRun.exitCode == 0);
    CHECK(odtRun.out.contains(u"the 10 targets of 2022 as of Jan–Jun"_s));
    // At June the city's table ranks the district: its table has a heading.
    const OdtContent content = readContent(packageFiles(odt).value(u"content.xml"_s));
    CHECK(headingsAt(content, 2).size() == 10);
    CHECK(headingsAt(content, 3).contains(u"Where the district stands in the city"_s));

    const CliRun pdfRun = runZhibiaoCli({u"report"_s, u"--db"_s, database.path, u"--year"_s, u"2022"_s,
                                         u"--period"_s, u"上半年"_s, u"-o"_s, pdf});
    CHECK(pdfRun.exitCode == 0);
    CHECK(pdfPages(pdf) >= 5);
    CHECK(squeezed(pdfText(pdf)).contains(u"asoftheendofJune"_s));

    struct Case
    {
        QString command;
        QString output;
        QString message;
    };
    const QString docx = database.folder.filePath(u"summary.docx"_s);
    const QString odtToo = database.folder.filePath(u"other.odt"_s);
    for (const Case &c : {Case{u"report"_s, docx, u"should end in .pdf or .odt"_s},
                          Case{u"export-pdf"_s, odtToo, u"should end in .pdf."_s}}) {
        const CliRun run = runZhibiaoCli({c.command, u"--db"_s, database.path, u"--year"_s, u"2022"_s, u"-o"_s,
                                          c.output});
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(c.message));
        CHECK_FALSE(QFile::exists(c.output));
    }
    const CliRun badPeriod = runZhibiaoCli({u"report"_s, u"--db"_s, database.path, u"--year"_s, u"2022"_s,
                                            u"--period"_s, u"3-5月"_s, u"-o"_s, odtToo});
    CHECK(badPeriod.exitCode != 0);
    CHECK_FALSE(QFile::exists(odtToo));
}

#ifdef ZHIBIAO_SOFFICE
TEST_CASE("LibreOffice opens the .odt report and converts it to PDF", "[odt][libreoffice]")
{
    const LanguageFor chinese(UiLanguage::Chinese);
    LukouDatabase database;
    Workspace workspace(database.path);
    const QString odt = database.folder.filePath(u"summary.odt"_s);
    exportReport(workspace, 2022, Period::fromMonth(9), ReportFormat::Odt, odt);

    // A profile of its own: the test does not meet a user's LibreOffice
    // or another test's.
    QProcess soffice;
    soffice.start(QString::fromUtf8(ZHIBIAO_SOFFICE),
                  {u"-env:UserInstallation=file://"_s + database.folder.filePath(u"profile"_s), u"--headless"_s,
                   u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, database.folder.path(), odt});
    REQUIRE(soffice.waitForFinished(180000));
    INFO(QString::fromUtf8(soffice.readAllStandardError()).toStdString());
    REQUIRE(soffice.exitCode() == 0);
    const QString pdf = database.folder.filePath(u"summary.pdf"_s);
    REQUIRE(QFile::exists(pdf));

    const QString flat = squeezed(pdfText(pdf));
    CHECK(flat.contains(u"渌口区2022年主要经济指标完成情况（截至9月）"_s));
    const SummaryReport report
        = SummaryReport::load(workspace, 2022, Period::fromMonth(9), u"lukou-2022.sqlite"_s, QDateTime());
    for (const QString &sentence : report.analysis()) {
        INFO(sentence.toStdString());
        CHECK(flat.contains(squeezed(sentence)));
    }
    for (const ReportSection &section : report.sections())
        CHECK(flat.contains(squeezed(section.series.latest().target.statementZh)));
    // The charts' own words are pictures now: not in the text layer; the
    // figures tables under them are.
    CHECK(flat.contains(u"17.6"_s));
    CHECK(pdfPages(pdf) >= 5);
    CHECK(poppler(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
}
#endif
