// The PDF summary (issue 7), checked the way a reader meets it: poppler's
// pdftotext, pdffonts and pdfinfo on a file exported from real-looking
// 2022 figures, and the command line's answers to bad requests.
#include "app/report/reportexport.h"
#include "app/uilanguage.h"
#include "core/export/exporterror.h"
#include "core/report/reportflow.h"
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/lukoufigures.h"
#include "tests/support/progressfixture.h"
#include "tests/support/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

TEST_CASE("The PDF summary reads back as the Chinese text it was written with", "[pdf]")
{
    const LanguageFor chinese(UiLanguage::Chinese);
    LukouDatabase database;
    Workspace workspace(database.path);
    const QString pdf = database.folder.filePath(u"summary.pdf"_s);

    // A note entered with a figure belongs in the target's section.
    Entry noted = figure(u"gdp"_s, 2022, 9, std::nullopt, std::nullopt, 6.2);
    noted.note = u"受疫情影响，三季度工业用电下降"_s;
    workspace.entries().record(noted);

    const ReportExportResult result = exportReport(workspace, 2022, Period::fromMonth(9), ReportFormat::Pdf, pdf);
    CHECK(result.targetCount == 10);
    CHECK(result.asOf == *Period::fromMonth(9));

    const QString text = pdfText(pdf);
    const QString flat = squeezed(text);
    // The title as issue 7 writes it, and the seed's district name found by a search.
    CHECK(flat.contains(u"渌口区2022年主要经济指标完成情况（截至9月）"_s));
    // Every character is itself: none became a look-alike Kangxi radical (U+2F00–U+2FDF).
    for (const QChar c : text)
        CHECK_FALSE((c.unicode() >= 0x2F00 && c.unicode() <= 0x2FDF));
    for (const Target &target : workspace.targets().forYear(2022)) {
        INFO(target.titleZh.toStdString());
        CHECK(flat.contains(squeezed(target.titleZh)));
        CHECK(flat.contains(squeezed(target.statementZh)));
    }
    // Figures of the summary table and of the sections, as the dashboard writes them.
    for (const QString &figure : {u"6.2%"_s, u"9.6%"_s, u"15.7%"_s, u"−2.3个百分点"_s, u"74.0%/75.0%"_s,
                                  u"全市城镇调查失业率：5.4%"_s, u"34μg/m³"_s, u"41,300吨"_s}) {
        INFO(figure.toStdString());
        CHECK(flat.contains(figure));
    }
    CHECK(flat.contains(u"滞后"_s));
    CHECK(flat.contains(u"进度正常"_s));
    CHECK(flat.contains(squeezed(noted.note)));
    // The charts are drawn as text and lines: their titles and point labels are in the text layer.
    CHECK(flat.contains(u"累计增速（%）"_s));
    CHECK(text.contains(u"17.6"_s)); // GDP's 2021 Q1 growth: only the chart and its table show it

    // Page numbers and the footer with the source database.
    const int pages = pdfPages(pdf);
    CHECK(pages == result.pageCount);
    CHECK(pages == 7);
    CHECK(squeezed(pdfText(pdf, pages)).contains(u"第%1页，共%1页"_s.arg(pages)));
    CHECK(flat.contains(u"lukou-2022.sqlite"_s));

    // Fonts embedded, so it reads the same on any machine.
    const QStringList fontLines = poppler(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fontLines.isEmpty());
    for (const QString &line : fontLines) {
        INFO(line.toStdString());
        CHECK(line.split(u' ', Qt::SkipEmptyParts).at(4) == u"yes"_s); // the "emb" column
    }
    CHECK(poppler(u"pdfinfo"_s, {pdf}).contains(u"595 x 842 pts (A4)"_s));
}

TEST_CASE("The PDF summary is in English when the UI is", "[pdf]")
{
    const LanguageFor english(UiLanguage::English);
    LukouDatabase database;
    Workspace workspace(database.path);
    const QString pdf = database.folder.filePath(u"summary.pdf"_s);
    exportReport(workspace, 2022, Period::fromMonth(6), ReportFormat::Pdf, pdf);

    const QString flat = squeezed(pdfText(pdf));
    CHECK(flat.contains(squeezed(u"Lukou District: main economic targets 2022, as of the end of June"_s)));
    CHECK(flat.contains(squeezed(u"Industrial value added above designated size"_s)));
    CHECK(flat.contains(u"Page1of"_s));
}

TEST_CASE("A PDF export that fails leaves no file and an old one untouched", "[pdf]")
{
    LukouDatabase database;
    Workspace workspace(database.path);

    SECTION("a folder that is not there")
    {
        const QString pdf = database.folder.filePath(u"missing/summary.pdf"_s);
        CHECK_THROWS_AS(exportReport(workspace, 2022, std::nullopt, ReportFormat::Pdf, pdf), ExportError);
        CHECK_FALSE(QFile::exists(pdf));
    }
    SECTION("a year without targets")
    {
        const QString pdf = database.folder.filePath(u"summary.pdf"_s);
        {
            QFile old(pdf);
            REQUIRE(old.open(QIODevice::WriteOnly));
            old.write("last month's summary");
        }
        try {
            exportReport(workspace, 1999, std::nullopt, ReportFormat::Pdf, pdf);
            FAIL("no error for a year without targets");
        } catch (const ExportError &error) {
            CHECK(error.message().contains(u"2022"_s)); // says which years there are
        }
        QFile old(pdf);
        REQUIRE(old.open(QIODevice::ReadOnly));
        CHECK(old.readAll() == "last month's summary");
        // No temporary file left beside it either.
        CHECK(QDir(database.folder.path()).entryList({u"summary*"_s}, QDir::Files | QDir::Hidden)
              == QStringList{u"summary.pdf"_s});
    }
}

TEST_CASE("A table longer than a page runs over with its header on every page", "[pdf]")
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(u"table.pdf"_s);
    ReportTable table;
    table.header = {u"期间"_s, u"数值"_s};
    for (int row = 1; row <= 150; ++row)
        table.rows.append({u"行%1"_s.arg(row), QString::number(row * 10)});

    int pageCount = 0;
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        const QString family = u"WenQuanYi Micro Hei"_s;
        ReportFlow measure(writer, nullptr, family, u"footer"_s, 0);
        measure.table(table);
        pageCount = measure.finish();
        QPainter painter(&writer);
        ReportFlow draw(writer, &painter, family, u"footer"_s, pageCount);
        draw.table(table);
        CHECK(draw.finish() == pageCount);
    }
    REQUIRE(pageCount >= 3);
    REQUIRE(pdfPages(pdf) == pageCount);
    QStringList seen;
    for (int page = 1; page <= pageCount; ++page) {
        const QString text = pdfText(pdf, page);
        CHECK(text.contains(u"期间"_s)); // the header again
        const QRegularExpression rowName(u"行(\\d+)"_s);
        for (auto match = rowName.globalMatch(text); match.hasNext();)
            seen.append(match.next().captured(1));
    }
    // Every row once, in order: none cut at a page edge, none repeated.
    REQUIRE(seen.size() == 150);
    for (int row = 1; row <= 150; ++row)
        CHECK(seen.at(row - 1) == QString::number(row));
}

TEST_CASE("zhibiao export-pdf writes the summary without a display", "[pdf][cli]")
{
    LukouDatabase database;
    const QString pdf = database.folder.filePath(u"summary.pdf"_s);
    const CliRun run = runZhibiaoCli({u"export-pdf"_s, u"--db"_s, database.path, u"--year"_s, u"2022"_s,
                                      u"--period"_s, u"6"_s, u"-o"_s, pdf});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(pdf));
    REQUIRE(QFile::exists(pdf));
    CHECK(pdfPages(pdf) >= 5);
    CHECK(squeezed(pdfText(pdf)).contains(u"asoftheendofJune"_s));
}

TEST_CASE("zhibiao export-pdf says what is wrong and writes nothing", "[pdf][cli]")
{
    LukouDatabase database;
    const QString pdf = database.folder.filePath(u"summary.pdf"_s);
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases = {
        {{u"--db"_s, database.folder.filePath(u"nothing.sqlite"_s), u"--year"_s, u"2022"_s, u"-o"_s, pdf},
         u"nothing.sqlite"_s},
        {{u"--db"_s, database.path, u"--year"_s, u"2031"_s, u"-o"_s, pdf}, u"no targets for 2031"_s},
        {{u"--db"_s, database.path, u"--year"_s, u"2022"_s, u"--period"_s, u"13"_s, u"-o"_s, pdf},
         u"“13” is not a period"_s},
        {{u"--db"_s, database.path, u"--year"_s, u"2022"_s, u"-o"_s, u"/proc/zhibiao/summary.pdf"_s},
         u"could not be written"_s},
        {{u"--db"_s, database.path, u"--year"_s, u"2022"_s}, u"-o"_s},
    };
    for (const Case &c : cases) {
        const CliRun run = runZhibiaoCli(QStringList{u"export-pdf"_s} + c.arguments);
        INFO(c.arguments.join(u' ').toStdString() << " → " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(c.message));
        CHECK_FALSE(QFile::exists(pdf));
    }
    CHECK_FALSE(QFile::exists(u"/proc/zhibiao/summary.pdf"_s));
}
