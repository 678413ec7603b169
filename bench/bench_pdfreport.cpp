// The PDF summary of the ten 2022 Lukou targets with figures to September:
// the issue asks for "well under a second". Measures what the user waits
// for after Export: reading the year, judging the targets at every quarter,
// laying out the pages twice (measure, then draw), drawing the eleven
// charts through Qt Charts, and writing the file.
#include "app/report/reportexport.h"
#include "app/uilanguage.h"
#include "core/storage/workspace.h"
#include "tests/support/lukoufigures.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("PDF summary: ten targets with charts, A4", "[bench][pdf]")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(u"lukou.sqlite"_s);
    Workspace workspace(path);
    test::fillLukou2022(workspace);
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese));
    const QString pdf = folder.filePath(u"summary.pdf"_s);

    BENCHMARK("export the 2022 summary as of September")
    {
        return exportReport(workspace, 2022, Period::fromMonth(9), ReportFormat::Pdf, pdf).pageCount;
    };
    language.choose(QString());
}
