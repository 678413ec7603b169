// `zhibiao import` through the real executable on a full disk
// (docs/reliability.md, "A full disk"): the child process gets a file size
// limit (RLIMIT_FSIZE, SIGXFSZ ignored) far below what the import writes.
// It must fail with a non-zero exit and a plain message, and leave the
// database exactly as it was.
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"
#include "tests/support/clirun.h"
#include "tests/support/databasedump.h"
#include "tests/support/filesizelimit.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// 100 indicators × 30 years × 12 months = 36,000 rows: far more than the
// 256 KB the process may write.
constexpr int IndicatorCount = 100;
constexpr int FirstYear = 2001;
constexpr int YearCount = 30;

QString codeOf(int index)
{
    return test::bulkIndicatorCode(u"full_"_s, index);
}

// A seeded database with the indicators and one figure, closed again for
// the process to use.
void prepareDatabase(const QString &path)
{
    Workspace workspace(path);
    test::addBulkIndicators(workspace, u"full_"_s, IndicatorCount);
    workspace.entries().record(Entry{{u"retail_sales"_s, 2022, 5}, 38.62, 34.41, 12.2, u"含限上企业快报"_s,
                                     u"区统计局月报"_s, u"wangli"_s,
                                     QDateTime(QDate(2022, 6, 15), QTime(9, 30), Qt::UTC)});
}

void writeImport(const QString &path)
{
    QByteArray csv = "指标,年份,期间,累计值\n";
    for (int year = FirstYear; year < FirstYear + YearCount; ++year) {
        for (int i = 0; i < IndicatorCount; ++i) {
            for (int month = 1; month <= 12; ++month)
                csv += u"%1,%2,1-%3月,%4\n"_s.arg(codeOf(i)).arg(year).arg(month).arg(1000 + i + month).toUtf8();
        }
    }
    test::writeFile(path, csv);
}

} // namespace

TEST_CASE("zhibiao import on a full disk fails plainly and leaves the database as it was", "[cli][import][fulldisk]")
{
    test::TestFolder folder;
    const QString database = folder.path(u"district.sqlite"_s);
    const QString input = folder.path(u"figures.csv"_s);
    prepareDatabase(database);
    writeImport(input);
    const QByteArray fileBefore = test::fileBytes(database);
    const QStringList before = test::databaseDump(database);
    REQUIRE(QFileInfo(input).size() > 256 * 1024);

    constexpr rlim_t room = 256 * 1024;
    const test::CliRun run = test::runZhibiaoCli({u"import"_s, u"--db"_s, database, input}, u"en_US.UTF-8"_s,
                                                 [] { test::FileSizeLimit::applyInChild(room); });
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(u"New values"_s)); // it read the file and got as far as writing
    CHECK(run.err.contains(u"The disk is full: "_s + QDir::toNativeSeparators(database) + u" could not grow"_s));
    CHECK(run.err.contains(u"Nothing of this change was stored; free some space on the disk and try again."_s));
    CHECK_FALSE(run.err.contains(u"I/O"_s));
    CHECK_FALSE(run.out.contains(u"Imported"_s));

    // Not a byte of the file changed, and no log is left beside it.
    CHECK(test::fileBytes(database) == fileBefore);
    CHECK_FALSE(QFileInfo::exists(database + u"-wal"_s));
    CHECK(test::databaseDump(database) == before);
    CHECK(test::readOnlyValue(database, u"PRAGMA integrity_check"_s) == u"ok"_s);

    // With room again, the same import goes through.
    const test::CliRun again = test::runZhibiaoCli({u"import"_s, u"--db"_s, database, input});
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(test::databaseDump(database).size() == before.size() + IndicatorCount * YearCount * 12 + 1); // and its change set
}
