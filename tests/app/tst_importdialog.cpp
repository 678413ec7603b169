// The import dialog as a user drives it: the guessed columns, the preview,
// a column corrected by hand and remembered, and rejected rows.
#include "app/import/importdialog.h"
#include "core/import/importsession.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"
#include "tests/support/testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

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
    auto *button = dialog.findChild<QPushButton *>(u"importButton"_s);
    if (!button)
        FAIL("no Import button");
    return button;
}

// Waits until reading and planning are done, as the user would.
void waitUntilSettled(ImportDialog &dialog)
{
    if (!dialog.isBusy())
        return;
    QSignalSpy settled(&dialog, &ImportDialog::settled);
    REQUIRE(settled.wait(60'000));
}

// Loads path and waits for its plan; false when the file could not be read.
bool loaded(ImportDialog &dialog, const QString &path)
{
    dialog.load(path);
    waitUntilSettled(dialog);
    return dialog.state() != ImportDialog::State::Empty;
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
    REQUIRE(loaded(dialog, dataFile(u"wide-bureau.csv"_s)));
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
    dialog.plan()->apply(workspace.entries(), dialog.rejectedRows(), EntryStamp::now(dialog.fileName()));
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
    REQUIRE(loaded(first, may));
    CHECK(fieldChooser(first, 1)->currentData().toInt() == int(ColumnField::Ignore));
    REQUIRE(first.plan());
    CHECK(first.plan()->additions().first()->ytdValue == std::nullopt);
    fieldChooser(first, 1)->setCurrentIndex(fieldChooser(first, 1)->findData(int(ColumnField::Value)));
    waitUntilSettled(first);
    REQUIRE(first.plan());
    CHECK(first.plan()->additions().first()->ytdValue == 35.6);
    first.accept();

    ImportDialog second(workspace);
    REQUIRE(loaded(second, june));
    CHECK(fieldChooser(second, 1)->currentData().toInt() == int(ColumnField::Value));
    REQUIRE(second.plan());
    CHECK(second.plan()->additions().first()->ytdValue == 45.32);
    QSettings().remove(u"import/mappings"_s);
}

TEST_CASE("Rejected rows hold the import back until the user chooses to leave them out", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    ImportDialog dialog(workspace);
    REQUIRE(loaded(dialog, dataFile(u"bad-rows.csv"_s)));
    CHECK(preview(dialog).contains(u"Rejected rows: 5"_s));
    CHECK(preview(dialog).contains(u"“abc” is not a number"_s));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(dialog.rejectedRows() == ImportPlan::RejectedRows::Refuse);

    // Only what Apply does changes: nothing is read or planned again.
    const ImportPlan *const planned = dialog.plan().get();
    QSignalSpy states(&dialog, &ImportDialog::stateChanged);
    dialog.findChild<QCheckBox *>(u"skipRejected"_s)->setChecked(true);
    CHECK(importButton(dialog)->isEnabled());
    CHECK(dialog.rejectedRows() == ImportPlan::RejectedRows::Skip);
    CHECK(states.isEmpty());
    CHECK(dialog.plan().get() == planned);
}

TEST_CASE("A file that cannot be read is reported, not shown", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    ImportDialog dialog(workspace);
    CHECK_FALSE(loaded(dialog, folder.path(u"missing.csv"_s)));
    CHECK(dialog.errorMessage().contains(u"missing.csv"_s));
    CHECK_FALSE(dialog.plan());
    CHECK_FALSE(importButton(dialog)->isEnabled());
}

TEST_CASE("A large file is read and planned off the GUI thread with progress; the plan is the same", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    const QString path = test::writeBulkImportFile(workspace, folder, 20);

    ImportDialog dialog(workspace);
    QList<int> reported;
    QList<bool> onGuiThread;
    QObject::connect(&dialog, &ImportDialog::progressChanged, &dialog, [&](int percent) {
        reported.append(percent);
        onGuiThread.append(QThread::currentThread() == dialog.thread());
    });
    REQUIRE(loaded(dialog, path));

    QStringList shown;
    for (const int percent : std::as_const(reported))
        shown.append(QString::number(percent));
    INFO("reported: " << shown.join(u","_s).toStdString());
    REQUIRE(reported.size() >= 5);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK(std::any_of(reported.begin(), reported.end(), [](int p) { return p > 0 && p < 40; }));  // the file
    CHECK(std::any_of(reported.begin(), reported.end(), [](int p) { return p > 40 && p < 75; })); // the figures
    CHECK(reported.last() == 100);
    CHECK(std::all_of(onGuiThread.begin(), onGuiThread.end(), [](bool on) { return on; }));
    CHECK(dialog.isEnabled());
    CHECK(dialog.findChild<QTableWidget *>(u"mapping"_s)->isEnabled());

    // The same plan as the core's own, in place.
    const ImportSession session(path, {});
    const ImportPlan direct = session.plan(workspace.database(), {});
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->additions().size() == 100 * 20 * 12);
    CHECK(dialog.plan()->writeCount() == direct.writeCount());
    const auto keysOf = [](const ImportPlan &plan) {
        QList<std::tuple<EntryKey, std::optional<double>, std::optional<double>>> cells;
        for (const CellFigures *figures : plan.figuresInFileOrder())
            cells.append({figures->key, figures->ytdValue, figures->publishedGrowth});
        return cells;
    };
    CHECK(keysOf(*dialog.plan()) == keysOf(direct));
    CHECK(importButton(dialog)->isEnabled());

    // A change of an option plans again, in the background too.
    reported.clear();
    dialog.findChild<QComboBox *>(u"period"_s)->setCurrentIndex(3);
    waitUntilSettled(dialog);
    CHECK_FALSE(reported.isEmpty());
    CHECK(reported.last() == 100);
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->additions().size() == 100 * 20 * 12);
}

TEST_CASE("Reading a large file can be cancelled, leaving nothing loaded", "[importdialog]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"figures.sqlite"_s));
    const QString path = test::writeBulkImportFile(workspace, folder, 20);

    ImportDialog dialog(workspace);
    auto *progress = dialog.findChild<QProgressDialog *>(u"progress"_s);
    REQUIRE(progress);
    int cancelledAt = -1;
    QObject::connect(&dialog, &ImportDialog::progressChanged, &dialog, [&](int percent) {
        if (cancelledAt < 0 && percent > 0) {
            cancelledAt = percent;
            progress->findChild<QPushButton *>()->click(); // its Cancel button
        }
    });
    CHECK_FALSE(loaded(dialog, path));
    CHECK(cancelledAt > 0);
    CHECK(cancelledAt < 100);
    CHECK(dialog.errorMessage() == u"Reading “large.csv” was cancelled."_s);
    CHECK_FALSE(dialog.plan());
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(workspace.entries().forYear(2001).isEmpty());

    // Cancelling is not sticky: the next load runs to the end.
    QObject::disconnect(&dialog, &ImportDialog::progressChanged, nullptr, nullptr);
    REQUIRE(loaded(dialog, path));
    REQUIRE(dialog.plan());
    CHECK(dialog.plan()->additions().size() == 100 * 20 * 12);
}
