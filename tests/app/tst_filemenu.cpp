// File → New…, Open…, Open Recent, Save a Copy As…, files dropped on the
// window, and the Help menu, driven as a user would through the window's
// actions. File names come from a stand-in for the file dialogs; modal
// windows are answered from a timer.
#include "app/dashboard/targettile.h"
#include "app/file/filedialogs.h"
#include "app/file/newdatabasedialog.h"
#include "app/file/recentfiles.h"
#include "app/file/recentfilesmenu.h"
#include "app/help/aboutbox.h"
#include "app/help/userguidedialog.h"
#include "app/import/importdialog.h"
#include "app/mainwindow.h"
#include "app/uilanguage.h"
#include "core/storage/migrations.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// Answers each file dialog at once with the next path given.
class AnsweringFileDialogs : public FileDialogs
{
public:
    explicit AnsweringFileDialogs(QStringList answers) : m_answers(std::move(answers)) {}
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return next(); }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &, QFileDialog::Options) override
    {
        return next();
    }

private:
    QString next() { return m_answers.isEmpty() ? QString() : m_answers.takeFirst(); }
    QStringList m_answers;
};

void answerFileDialogs(MainWindow &window, const QStringList &answers)
{
    window.setFileDialogs(std::make_unique<AnsweringFileDialogs>(answers));
}

// Runs answer on the next modal window of type T as soon as it is up.
template<typename T>
void whenModal(std::function<void(T *)> answer)
{
    QTimer::singleShot(0, [answer] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!modal) {
            whenModal<T>(answer); // not up yet
            return;
        }
        answer(modal);
    });
}

// Accepts the next message box, keeping its text.
void acceptMessage(QStringList *texts)
{
    whenModal<QMessageBox>([texts](QMessageBox *box) {
        texts->append(box->text());
        box->accept();
    });
}

QAction *action(MainWindow &window, const QString &name)
{
    auto *found = window.findChild<QAction *>(name);
    REQUIRE(found);
    return found;
}

// A Zhibiao file with one GDP figure, closed again.
QString fileWithFigure(const test::TestFolder &folder, const QString &name, double gdp)
{
    const QString path = folder.path(name);
    Workspace workspace(path);
    workspace.entries().record(
        Entry{{u"gdp"_s, 2022, 3}, gdp, {}, {}, {}, {}, u"li"_s, QDateTime::currentDateTimeUtc()});
    return path;
}

const EntryKey gdpQ1{u"gdp"_s, 2022, 3};

} // namespace

TEST_CASE("File → New… makes a database of the 2022 Lukou targets and opens it", "[filemenu][mainwindow]")
{
    test::TestFolder folder;
    Workspace first(folder.path(u"first.sqlite"_s));
    UiLanguage language;
    MainWindow window(first, language);
    const QString created = folder.path(u"lukou-new.sqlite"_s);
    whenModal<NewDatabaseDialog>([created](NewDatabaseDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"newDatabasePath"_s)->setText(created);
        dialog->accept();
    });
    action(window, u"newAction"_s)->trigger();

    REQUIRE(window.workspace().database().path() == created);
    CHECK(window.workspace().district().nameEn == u"Lukou District"_s);
    CHECK(window.workspace().targets().forYear(2022).size() == 10);
    CHECK(window.windowTitle().contains(u"lukou-new.sqlite"_s));
    CHECK(window.windowFilePath() == created);
    CHECK(window.findChildren<TargetTile *>().size() == 10); // the dashboard shows its targets
    CHECK(RecentFiles::lastOpened() == QFileInfo(created).canonicalFilePath());
}

TEST_CASE("File → New… makes an empty database for another district", "[filemenu][mainwindow]")
{
    test::TestFolder folder;
    Workspace first(folder.path(u"first.sqlite"_s));
    UiLanguage language;
    MainWindow window(first, language);
    const QString created = folder.path(u"tianyuan"_s); // ".sqlite" is added
    whenModal<NewDatabaseDialog>([created](NewDatabaseDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"newDatabasePath"_s)->setText(created);
        dialog->findChild<QRadioButton *>(u"otherDistrictChoice"_s)->setChecked(true);
        dialog->findChild<QLineEdit *>(u"districtNameZh"_s)->setText(u"天元区"_s);
        dialog->findChild<QLineEdit *>(u"districtNameEn"_s)->setText(u"Tianyuan District"_s);
        dialog->findChild<QLineEdit *>(u"cityNameZh"_s)->setText(u"株洲市"_s);
        dialog->findChild<QLineEdit *>(u"cityNameEn"_s)->setText(u"Zhuzhou"_s);
        dialog->findChild<QSpinBox *>(u"currentYear"_s)->setValue(2026);
        dialog->accept();
    });
    action(window, u"newAction"_s)->trigger();

    REQUIRE(window.workspace().database().path() == created + u".sqlite"_s);
    CHECK(window.year() == 2026);
    CHECK(window.windowTitle().contains(u"tianyuan.sqlite"_s));
    CHECK(window.findChildren<TargetTile *>().isEmpty());
    // The file, opened on its own, is that district's.
    Workspace reopened(created + u".sqlite"_s);
    CHECK(reopened.district() == District{u"天元区"_s, u"Tianyuan District"_s, u"株洲市"_s, u"Zhuzhou"_s, 2026});
    CHECK(reopened.targets().years().isEmpty());
    CHECK_FALSE(reopened.indicators().all().isEmpty());
}

TEST_CASE("File → New… replaces a file only when confirmed, and never the one open", "[filemenu][mainwindow]")
{
    test::TestFolder folder;
    const QString open = fileWithFigure(folder, u"open.sqlite"_s, 70.0);
    const QString other = fileWithFigure(folder, u"other.sqlite"_s, 71.0);
    Workspace first(open);
    UiLanguage language;
    MainWindow window(first, language);
    const QByteArray openBefore = test::fileBytes(open);

    // The open file: refused, and the dialog stays for another name.
    QStringList messages;
    bool stayedOpen = false;
    whenModal<NewDatabaseDialog>([&](NewDatabaseDialog *dialog) {
        dialog->findChild<QLineEdit *>(u"newDatabasePath"_s)->setText(open);
        acceptMessage(&messages);
        dialog->accept();
        stayedOpen = dialog->isVisible();
        // Another file that exists: replaced once the user says so.
        dialog->setConfirmation([](QWidget *, const QString &) { return false; });
        dialog->findChild<QLineEdit *>(u"newDatabasePath"_s)->setText(other);
        dialog->accept();
        CHECK(dialog->isVisible());
        dialog->setConfirmation([](QWidget *, const QString &) { return true; });
        dialog->accept();
    });
    action(window, u"newAction"_s)->trigger();
    CHECK(stayedOpen);
    CHECK(messages.size() == 1);
    CHECK(test::fileBytes(open) == openBefore);
    REQUIRE(window.workspace().database().path() == other);
    CHECK_FALSE(window.workspace().entries().latest(gdpQ1)); // a new file, not the one replaced
}

TEST_CASE("File → Open… switches the window to another database, and Open Recent back", "[filemenu][mainwindow]")
{
    test::TestFolder folder;
    RecentFiles::clear();
    const QString a = fileWithFigure(folder, u"a.sqlite"_s, 70.0);
    const QString b = fileWithFigure(folder, u"b.sqlite"_s, 78.6);
    Workspace first(a);
    UiLanguage language;
    MainWindow window(first, language);
    window.undoStack()->push(new QUndoCommand(u"a step on a"_s));
    answerFileDialogs(window, {b});

    action(window, u"openAction"_s)->trigger();
    REQUIRE(window.workspace().database().path() == b);
    CHECK(window.workspace().entries().latest(gdpQ1)->ytdValue == 78.6);
    CHECK(window.windowTitle().contains(u"b.sqlite"_s));
    CHECK(window.undoStack()->count() == 0); // the history was a's
    CHECK(RecentFiles::list() == QStringList{QFileInfo(b).canonicalFilePath(), QFileInfo(a).canonicalFilePath()});

    auto *recent = window.findChild<RecentFilesMenu *>(u"recentFilesMenu"_s);
    REQUIRE(recent);
    recent->refresh();
    QAction *toA = nullptr;
    for (QAction *entry : recent->actions())
        if (entry->objectName() == u"recentFileAction"_s && entry->data().toString() == QFileInfo(a).canonicalFilePath())
            toA = entry;
    REQUIRE(toA);
    toA->trigger();
    REQUIRE(window.workspace().database().path() == a);
    CHECK(window.workspace().entries().latest(gdpQ1)->ytdValue == 70.0);
    CHECK(window.windowTitle().contains(u"a.sqlite"_s));
}

TEST_CASE("File → Open… refuses foreign, newer and damaged files untouched, and stays", "[filemenu][mainwindow]")
{
    // Chosen first: a generator made after the set-up would keep values of
    // the run that made it.
    const int refusedKind = GENERATE(0, 1, 2);
    test::TestFolder folder;
    const QString current = fileWithFigure(folder, u"current.sqlite"_s, 70.0);
    const QString foreign = folder.path(u"contacts.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QString newer = fileWithFigure(folder, u"newer.sqlite"_s, 1.0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(newer);
        REQUIRE(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = "_s + QString::number(latestSchemaVersion() + 1));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    const QString damaged = folder.path(u"damaged.sqlite"_s);
    test::writeFile(damaged, QByteArray("SQLite format 3\0", 16) + QByteArray(3000, 'x'));

    Workspace first(current);
    UiLanguage language;
    MainWindow window(first, language);
    const QString refused = QStringList{foreign, newer, damaged}.at(refusedKind);
    const QByteArray before = test::fileBytes(refused);
    const QByteArray currentBefore = test::fileBytes(current);
    answerFileDialogs(window, {refused});
    QStringList messages;
    acceptMessage(&messages);
    action(window, u"openAction"_s)->trigger();

    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QFileInfo(refused).fileName()));
    CHECK(test::fileBytes(refused) == before);
    CHECK(test::fileBytes(current) == currentBefore);
    CHECK(window.workspace().database().path() == current);
    CHECK(window.windowTitle().contains(u"current.sqlite"_s));
    CHECK(window.workspace().entries().latest(gdpQ1)->ytdValue == 70.0);
}

TEST_CASE("File → Save a Copy As… writes a copy that opens with the same figures", "[filemenu][mainwindow]")
{
    test::TestFolder folder;
    const QString original = fileWithFigure(folder, u"original.sqlite"_s, 78.6);
    Workspace first(original);
    UiLanguage language;
    MainWindow window(first, language);
    const QString copy = folder.path(u"copy.sqlite"_s);
    answerFileDialogs(window, {copy});

    action(window, u"saveCopyAction"_s)->trigger();
    CHECK(window.workspace().database().path() == original); // the window stays
    Workspace copied(copy);
    REQUIRE(copied.entries().latest(gdpQ1));
    CHECK(copied.entries().latest(gdpQ1)->ytdValue == 78.6);
    CHECK(copied.targets().forYear(2022).size() == 10);
}

namespace {

void drop(MainWindow &window, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropped(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
}

} // namespace

TEST_CASE("A database dropped on the window opens and a dropped spreadsheet starts the import preview",
          "[filemenu][mainwindow][import]")
{
    test::TestFolder folder;
    const QString a = fileWithFigure(folder, u"a.sqlite"_s, 70.0);
    const QString b = fileWithFigure(folder, u"b.sqlite"_s, 78.6);
    Workspace first(a);
    UiLanguage language;
    MainWindow window(first, language);
    window.show();

    drop(window, b);
    REQUIRE(QTest::qWaitFor([&window, &b] { return window.workspace().database().path() == b; }, 10'000));
    CHECK(window.workspace().entries().latest(gdpQ1)->ytdValue == 78.6);

    drop(window, QStringLiteral(ZHIBIAO_TEST_DATA "/import/long-utf8.csv"));
    // The preview, once the file is read and planned, as from File → Import figures….
    REQUIRE(QTest::qWaitFor(
        [&window] {
            auto *preview = window.findChild<ImportDialog *>();
            return preview && preview->isVisible();
        },
        10'000));
    window.findChild<ImportDialog *>()->reject();

    const QString notes = folder.path(u"notes.docx"_s);
    test::writeFile(notes, "PK\3\4 not figures");
    QStringList messages;
    acceptMessage(&messages);
    drop(window, notes);
    REQUIRE(QTest::qWaitFor([&messages] { return !messages.isEmpty(); }, 10'000));
    CHECK(messages.first().contains(u"notes.docx"_s));
    CHECK(window.workspace().database().path() == b);
}

TEST_CASE("Help → About names version and licence and database and the user guide is inside the program",
          "[helpmenu][mainwindow]")
{
    test::TestFolder folder;
    const QString path = folder.path(u"about.sqlite"_s);
    Workspace workspace(path);
    UiLanguage language;
    language.choose(QString::fromLatin1(UiLanguage::English));
    MainWindow window(workspace, language);

    QStringList messages;
    acceptMessage(&messages);
    action(window, u"aboutAction"_s)->trigger();
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QStringLiteral(ZHIBIAO_VERSION)));
    CHECK(messages.first().contains(u"GNU General Public License, version 3 or later"_s));
    CHECK(messages.first().contains(QString::fromLatin1(qVersion())));
    CHECK(messages.first().contains(path.toHtmlEscaped()));

    action(window, u"userGuideAction"_s)->trigger();
    auto *guide = window.findChild<UserGuideDialog *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    const QString text = guide->findChild<QTextBrowser *>(u"userGuideText"_s)->toPlainText();
    CHECK(text.contains(u"user guide"_s));
    CHECK(text.contains(u"Open Recent"_s)); // the File menu is described
    CHECK(UserGuideDialog::resourceFor(u"zh_CN"_s) == u":/zhibiao/docs/user-guide.md"_s); // no Chinese one yet
    guide->close();
    language.choose({});
}
