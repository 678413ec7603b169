// FigureWriter: a large write runs on another thread, through a second
// connection, behind a busy window the user cannot dismiss.
#include "app/import/figurewriter.h"
#include "core/storage/entryrepository.h"
#include "core/storage/workspace.h"
#include "tests/support/testdatabase.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>
#include <optional>

using namespace zhibiao;
using namespace Qt::StringLiterals;

TEST_CASE("A large write runs on another thread behind a busy window that Esc does not close", "[figurewriter]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"writer.sqlite"_s));
    QWidget window;
    window.show();
    FigureWriter writer(workspace, &window);
    QSignalSpy announced(&workspace.entries(), &EntryRepository::entriesChanged);

    // While the write waits, the user presses Esc and clicks the close
    // button of the busy window.
    std::atomic<bool> tried = false;
    bool stillUp = false;
    QTimer user;
    QObject::connect(&user, &QTimer::timeout, [&] {
        auto *busy = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        if (!busy)
            return;
        user.stop();
        QTest::keyClick(busy, Qt::Key_Escape);
        busy->close();
        stillUp = busy->isVisible() && QApplication::activeModalWidget() == busy;
        tried = true;
    });
    user.start(5);

    const Qt::HANDLE guiThread = QThread::currentThreadId();
    Qt::HANDLE writingThread = nullptr;
    std::optional<bool> written; // done called: the write went through
    const EntryStamp stamp{u"bulk.csv"_s, u"wang"_s, QDateTime::currentDateTimeUtc()};
    const CellFigures gdp{{u"gdp"_s, 2022, 3}, 78.6, {}, {}, {}};
    writer.write(FigureWriter::LargeWrite, [&](EntryRepository &entries) {
        writingThread = QThread::currentThreadId();
        const QDeadlineTimer deadline(10'000);
        while (!tried && !deadline.hasExpired())
            QThread::msleep(5);
        entries.recordAll({&gdp}, stamp);
    }, [&written](const QString &error) { written = error.isEmpty(); });
    REQUIRE(QTest::qWaitFor([&written] { return written.has_value(); }, 30'000));
    CHECK(*written);

    CHECK(tried);
    CHECK(stillUp);
    CHECK(writingThread != guiThread);
    CHECK(QApplication::activeModalWidget() == nullptr); // gone once the write is done
    REQUIRE(workspace.entries().latest(gdp.key));
    CHECK(workspace.entries().latest(gdp.key)->ytdValue == 78.6);
    REQUIRE(announced.size() == 1);
    CHECK(announced.at(0).at(0).value<QList<int>>() == QList<int>{2022});
}

TEST_CASE("A small write runs at once on the window's connection", "[figurewriter]")
{
    test::TestFolder folder;
    Workspace workspace(folder.path(u"small.sqlite"_s));
    FigureWriter writer(workspace, nullptr);
    EntryRepository *used = nullptr;
    bool done = false;
    writer.write(FigureWriter::LargeWrite - 1, [&used](EntryRepository &entries) { used = &entries; },
                 [&done](const QString &) { done = true; });
    CHECK(used == &workspace.entries());
    CHECK(done); // before write() returned
}
