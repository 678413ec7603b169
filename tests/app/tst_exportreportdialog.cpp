// File → Export report…: the dialog driven as a user would, offscreen.
#include "app/mainwindow.h"
#include "app/report/exportreportdialog.h"
#include "app/report/pdfpreviewdialog.h"
#include "app/uilanguage.h"
#include "core/storage/workspace.h"
#include "tests/support/lukoufigures.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace zhibiao::test;
using namespace Qt::StringLiterals;

namespace {

struct Fixture
{
    QTemporaryDir folder;
    Workspace workspace{folder.filePath(u"lukou.sqlite"_s)};
    QWidget window;

    Fixture() { fillLukou2022(workspace); }
};

// Export returns at once; the PDF is drawn from the event loop. Waits until
// it is written or the error shown.
void waitForExport(const ExportReportDialog &dialog)
{
    if (!QTest::qWaitFor([&] { return !dialog.isExporting(); }, 60000))
        WARN("the export was still running after a minute");
}

} // namespace

TEST_CASE("Export PDF writes the chosen year and month and shows a preview", "[pdf][gui]")
{
    Fixture fixture;
    ExportReportDialog dialog(fixture.workspace, 2022, *Period::fromMonth(9), &fixture.window);
    CHECK(dialog.findChild<QComboBox *>(u"yearSelector"_s)->currentText() == u"2022"_s);
    CHECK(dialog.findChild<QComboBox *>(u"asOfSelector"_s)->currentData().toInt() == 9);
    // The suggested name follows the month chosen.
    CHECK(dialog.path().endsWith(u".pdf"_s));
    CHECK(dialog.path().contains(u"2022"_s));
    CHECK(dialog.path().contains(u"9"_s));

    const QString pdf = fixture.folder.filePath(u"summary.pdf"_s);
    dialog.setPath(pdf);
    dialog.setPreviewWhenDone(true);
    dialog.setOpenWhenDone(false);
    QSignalSpy exported(&dialog, &ExportReportDialog::exported);
    QSignalSpy progress(dialog.findChild<QProgressBar *>(u"progress"_s), &QProgressBar::valueChanged);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    waitForExport(dialog);

    CHECK(dialog.errorMessage().isEmpty());
    REQUIRE(exported.size() == 1);
    CHECK(exported.first().first().toString() == pdf);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(progress.size() >= 10); // one step per target at least
    REQUIRE(QFile::exists(pdf));
    auto *preview = fixture.window.findChild<PdfPreviewDialog *>();
    REQUIRE(preview);
    CHECK(preview->pageCount() >= 5);
    preview->close();
}

TEST_CASE("Export PDF says why it cannot write and stays open", "[pdf][gui]")
{
    Fixture fixture;
    ExportReportDialog dialog(fixture.workspace, 2022, *Period::fromMonth(6), &fixture.window);
    const QString pdf = fixture.folder.filePath(u"no such folder/summary.pdf"_s);
    dialog.setPath(pdf);
    dialog.setPreviewWhenDone(false);
    dialog.setOpenWhenDone(false);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    waitForExport(dialog);

    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.errorMessage().isEmpty());
    CHECK(dialog.findChild<QLabel *>(u"status"_s)->text() == dialog.errorMessage());
    CHECK(dialog.errorMessage().contains(u"summary.pdf"_s));
    CHECK_FALSE(QFile::exists(pdf));

    dialog.setPath(fixture.folder.filePath(u"summary.txt"_s));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    waitForExport(dialog);
    CHECK(dialog.errorMessage().contains(u".pdf"_s));
    CHECK(dialog.isVisible());
}

TEST_CASE("While the PDF is drawn the dialog's choices are fixed and it stays open", "[pdf][gui]")
{
    Fixture fixture;
    ExportReportDialog dialog(fixture.workspace, 2022, *Period::fromMonth(9), &fixture.window);
    dialog.setPath(fixture.folder.filePath(u"summary.pdf"_s));
    dialog.setPreviewWhenDone(false);
    dialog.setOpenWhenDone(false);
    QSignalSpy exported(&dialog, &ExportReportDialog::exported);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);

    // Export returns before the PDF is drawn: the event loop draws it, and
    // hands the user's events to the dialog in between.
    REQUIRE(dialog.isExporting());
    CHECK(exported.isEmpty());
    CHECK_FALSE(dialog.findChild<QComboBox *>(u"yearSelector"_s)->isEnabled());
    CHECK_FALSE(dialog.findChild<QComboBox *>(u"asOfSelector"_s)->isEnabled());
    CHECK_FALSE(dialog.findChild<QLineEdit *>(u"pathEdit"_s)->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"browseButton"_s)->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.close();
    CHECK(dialog.isVisible());
    CHECK(dialog.isExporting());

    REQUIRE(exported.wait(60000));
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.findChild<QComboBox *>(u"yearSelector"_s)->isEnabled());
}

TEST_CASE("Export report writes an .odt when that format is chosen, and previews only a PDF", "[odt][gui]")
{
    Fixture fixture;
    ExportReportDialog dialog(fixture.workspace, 2022, *Period::fromMonth(9), &fixture.window);
    auto *format = dialog.findChild<QComboBox *>(u"formatSelector"_s);
    auto *preview = dialog.findChild<QCheckBox *>(u"previewCheck"_s);
    REQUIRE(format);
    CHECK(dialog.chosenFormat() == ReportFormat::Pdf);
    CHECK(preview->isEnabled());

    // Choosing the format changes the file's suffix, and the preview,
    // which is a PDF viewer's, is not offered.
    dialog.setPath(fixture.folder.filePath(u"summary.pdf"_s));
    format->setCurrentIndex(format->findData(int(ReportFormat::Odt)));
    CHECK(dialog.path() == fixture.folder.filePath(u"summary.odt"_s));
    CHECK_FALSE(preview->isEnabled());
    CHECK_FALSE(preview->toolTip().isEmpty());

    dialog.setPreviewWhenDone(true);
    dialog.setOpenWhenDone(false);
    QSignalSpy exported(&dialog, &ExportReportDialog::exported);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    waitForExport(dialog);
    CHECK(dialog.errorMessage().isEmpty());
    REQUIRE(exported.size() == 1);
    QFile odt(fixture.folder.filePath(u"summary.odt"_s));
    REQUIRE(odt.open(QIODevice::ReadOnly));
    CHECK(odt.read(77).mid(38) == "application/vnd.oasis.opendocument.text");
    CHECK_FALSE(fixture.window.findChild<PdfPreviewDialog *>());

    // A name typed with the other suffix decides the format; a suffix of
    // neither is refused in words.
    ExportReportDialog again(fixture.workspace, 2022, *Period::fromMonth(9), &fixture.window);
    CHECK(again.chosenFormat() == ReportFormat::Odt); // remembered
    again.setPath(fixture.folder.filePath(u"summary.docx"_s));
    again.show();
    QTest::mouseClick(again.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    waitForExport(again);
    CHECK(again.errorMessage().contains(u".pdf or .odt"_s));
    CHECK_FALSE(QFile::exists(fixture.folder.filePath(u"summary.docx"_s)));
}

TEST_CASE("The File menu offers Export report with the print shortcut", "[pdf][gui]")
{
    Fixture fixture;
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese));
    MainWindow window(fixture.workspace, language);
    auto *action = window.findChild<QAction *>(u"exportReportAction"_s);
    REQUIRE(action);
    CHECK(action->text() == u"导出报告（PDF、.odt）(&R)…"_s);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::Print));
    language.choose(QString());
}
