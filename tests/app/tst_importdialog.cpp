// The import dialog as a user drives it: the guessed columns, the preview,
// a column corrected by hand and remembered, and rejected rows.
#include "import/importdialog.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(ZHIBIAO_TEST_DATA) + u"/import/"_s + name;
}

QString preview(const ImportDialog &dialog)
{
    return dialog.findChild<QPlainTextEdit *>(u"preview"_s)->toPlainText();
}

QPushButton *importButton(const ImportDialog &dialog)
{
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"Import"_s)
            return button;
    }
    FAIL("no Import button");
    return nullptr;
}

QComboBox *fieldChooser(const ImportDialog &dialog, int column)
{
    return qobject_cast<QComboBox *>(dialog.findChild<QTableWidget *>(u"mapping"_s)->cellWidget(0, column));
}

} // namespace

TEST_CASE("The import dialog previews a bureau table and writes nothing itself", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    ImportDialog dialog(workspace);
    REQUIRE(dialog.load(dataFile(u"wide-bureau.csv"_s)));
    CHECK(preview(dialog).contains(u"New values: 4"_s));
    CHECK(preview(dialog).contains(u"Rows without figures: 3"_s));
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->additions().size() == 4);
    CHECK(importButton(dialog)->isEnabled());
    // The header was found on the third row; the columns were guessed.
    CHECK(fieldChooser(dialog, 0)->currentData().toInt() == int(ColumnField::Indicator));
    CHECK(fieldChooser(dialog, 2)->currentData().toInt() == int(ColumnField::Value));

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(workspace.entries().forYear(2022).isEmpty()); // the caller applies the plan
    dialog.plan()->apply(workspace.entries(), dialog.rejectedRows());
    CHECK(workspace.entries().forYear(2022).size() == 4);
}

TEST_CASE("A column corrected in the dialog changes the preview and is remembered", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    const QString may = folder.path(u"may.csv"_s);
    const QString june = folder.path(u"june.csv"_s);
    test::writeFile(may, u"2022年1-5月\n项目名称,当期数据,增幅\n社会消费品零售总额,35.6,9.5\n"_s.toUtf8());
    test::writeFile(june, u"2022年1-6月\n项目名称,当期数据,增幅\n社会消费品零售总额,45.32,10\n"_s.toUtf8());

    ImportDialog first(workspace);
    REQUIRE(first.load(may));
    CHECK(fieldChooser(first, 1)->currentData().toInt() == int(ColumnField::Ignore));
    REQUIRE(first.plan());
    CHECK(first.plan()->additions().first().entry.ytdValue == std::nullopt);
    fieldChooser(first, 1)->setCurrentIndex(fieldChooser(first, 1)->findData(int(ColumnField::Value)));
    REQUIRE(first.plan());
    CHECK(first.plan()->additions().first().entry.ytdValue == 35.6);
    first.accept();

    ImportDialog second(workspace);
    REQUIRE(second.load(june));
    CHECK(fieldChooser(second, 1)->currentData().toInt() == int(ColumnField::Value));
    REQUIRE(second.plan());
    CHECK(second.plan()->additions().first().entry.ytdValue == 45.32);
    QSettings().remove(u"import/mappings"_s);
}

TEST_CASE("Rejected rows hold the import back until the user chooses to leave them out", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    ImportDialog dialog(workspace);
    REQUIRE(dialog.load(dataFile(u"bad-rows.csv"_s)));
    CHECK(preview(dialog).contains(u"Rejected rows: 5"_s));
    CHECK(preview(dialog).contains(u"“abc” is not a number"_s));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(dialog.rejectedRows() == ImportPlan::RejectedRows::Refuse);

    dialog.findChild<QCheckBox *>(u"skipRejected"_s)->setChecked(true);
    CHECK(importButton(dialog)->isEnabled());
    CHECK(dialog.rejectedRows() == ImportPlan::RejectedRows::Skip);
}

TEST_CASE("A file that cannot be read is reported, not shown", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    ImportDialog dialog(workspace);
    CHECK_FALSE(dialog.load(folder.path(u"missing.csv"_s)));
    CHECK(dialog.errorMessage().contains(u"missing.csv"_s));
    CHECK_FALSE(dialog.plan());
    CHECK_FALSE(importButton(dialog)->isEnabled());
}
