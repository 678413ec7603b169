// Edit → District settings… driven as a user drives it: the dialog, its
// refusals, the titles that follow the new names, and one undo step.
#include "app/district/districtdialog.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// Runs answer on the district dialog as soon as it is up.
void whenDialog(std::function<void(DistrictDialog *)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<DistrictDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            whenDialog(answer); // not up yet
            return;
        }
        answer(dialog);
    });
}

void setText(QDialog *dialog, const QString &field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(field);
    REQUIRE(edit);
    edit->setText(text);
}

struct Window
{
    explicit Window(const QString &path)
        : workspace(path)
    {
        language.choose(QString::fromLatin1(UiLanguage::English));
        window = std::make_unique<MainWindow>(workspace, language);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QString dashboardTitle() const { return window->findChild<QLabel *>(u"dashboardTitle"_s)->text(); }

    Workspace workspace;
    UiLanguage language;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("District settings rename the district in the titles, as one undo step", "[district]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"district.sqlite"_s);
    Window screen(path);
    REQUIRE(screen.window->windowTitle().contains(u"Lukou District"_s));
    REQUIRE(screen.dashboardTitle().contains(u"Lukou District"_s));

    whenDialog([](DistrictDialog *dialog) {
        CHECK(dialog->findChild<QLineEdit *>(u"districtNameZh"_s)->text() == u"渌口区"_s);
        setText(dialog, u"districtNameZh"_s, u"醴陵市"_s);
        setText(dialog, u"districtNameEn"_s, u"Liling"_s);
        dialog->findChild<QSpinBox *>(u"currentYear"_s)->setValue(2023);
        dialog->accept();
    });
    screen.window->findChild<QAction *>(u"districtAction"_s)->trigger();

    CHECK(screen.workspace.district().nameEn == u"Liling"_s);
    CHECK(screen.workspace.district().currentYear == 2023);
    CHECK(screen.window->windowTitle().contains(u"Liling"_s));
    CHECK(screen.dashboardTitle().contains(u"Liling"_s));
    REQUIRE(screen.window->undoStack()->count() == 1);
    CHECK(screen.window->undoStack()->undoText() == u"Change district settings"_s);

    screen.window->undoStack()->undo();
    CHECK(screen.workspace.district().nameEn == u"Lukou District"_s);
    CHECK(screen.workspace.district().currentYear == 2022);
    CHECK(screen.window->windowTitle().contains(u"Lukou District"_s));
    CHECK(screen.dashboardTitle().contains(u"Lukou District"_s));

    screen.window->undoStack()->redo();
    CHECK(screen.window->windowTitle().contains(u"Liling"_s));
    // Stored in the file: the next opening finds it.
    screen.window.reset();
    CHECK(Workspace(path).district().nameZh == u"醴陵市"_s);
}

TEST_CASE("The district dialog refuses a missing Chinese name and says why", "[district]")
{
    test::TestFolder folder;
    Window screen(folder.path(u"refuse.sqlite"_s));
    QString shown;
    bool stayedOpen = false;
    whenDialog([&](DistrictDialog *dialog) {
        setText(dialog, u"districtNameZh"_s, u"  "_s);
        dialog->accept();
        stayedOpen = dialog->isVisible();
        shown = dialog->findChild<QLabel *>(u"districtMessage"_s)->text();
        dialog->reject();
    });
    screen.window->findChild<QAction *>(u"districtAction"_s)->trigger();
    CHECK(stayedOpen);
    CHECK(shown.contains(u"Chinese"_s));
    CHECK(screen.workspace.district().nameZh == u"渌口区"_s);
    CHECK(screen.window->undoStack()->count() == 0);
}

TEST_CASE("The district dialog speaks Chinese in a Chinese window", "[district]")
{
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::Chinese));
    DistrictDialog dialog(District{u"渌口区"_s, u"Lukou District"_s, u"株洲市"_s, u"Zhuzhou"_s, 2022});
    dialog.findChild<QLineEdit *>(u"cityNameZh"_s)->clear();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(u"districtMessage"_s)->text().contains(u"所属市"_s));
    language.choose(QString::fromLatin1(UiLanguage::English));
}
