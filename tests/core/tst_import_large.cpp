// A table large enough to be read by two threads at once (FigureReader):
// the figures, the rejected rows and their order are those of the file,
// wherever the halves meet, and a cancelled read stops both halves.
#include "core/import/importplan.h"
#include "core/import/importsession.h"
#include "core/storage/workspace.h"
#include "tests/support/bulkindicators.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QFile>
#include <QThread>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

constexpr int IndicatorCount = 1000;
constexpr int YearCount = 10;
constexpr int MonthCount = 12;
constexpr int DataRows = IndicatorCount * YearCount * MonthCount; // 120,000
constexpr int FirstYear = 2011;

// The file's 1-based row of a cell (the header is row 1).
int rowOf(int year, int indicator, int month)
{
    return 2 + ((year - FirstYear) * IndicatorCount + indicator) * MonthCount + (month - 1);
}

double valueOf(int year, int indicator, int month)
{
    return 1000.0 + indicator + month * 10.0 + (year - FirstYear) * 0.5;
}

// Every cell once, year by year; then rows that go wrong: two numbers that
// are not numbers (one in each half, one next to the middle) and a second,
// different row for a cell of the first half.
void writeFile(const QString &path, const QList<int> &badRows)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray text = "指标,年份,期间,累计值\n";
    for (int year = FirstYear; year < FirstYear + YearCount; ++year) {
        for (int indicator = 0; indicator < IndicatorCount; ++indicator) {
            for (int month = 1; month <= MonthCount; ++month) {
                const QByteArray value = badRows.contains(rowOf(year, indicator, month))
                    ? QByteArray("abc") : QByteArray::number(valueOf(year, indicator, month), 'f', 1);
                text += "指标" + QByteArray::number(indicator) + ',' + QByteArray::number(year) + ",1-"
                    + QByteArray::number(month) + "月," + value + '\n';
            }
        }
    }
    text += "指标7,2011,1-3月,1.5\n"; // the cell of row rowOf(2011, 7, 3), given otherwise
    REQUIRE(file.write(text) == text.size());
}

const EntryStamp stamp{u"large.csv"_s, u"wang"_s, QDateTime(QDate(2022, 6, 20), QTime(9, 30), Qt::UTC)};

} // namespace

TEST_CASE("A large table read in two halves gives the file's figures and rejected rows in order",
          "[import][large]")
{
    if (QThread::idealThreadCount() < 2)
        WARN("One CPU: the table is read by one thread, not in two halves.");
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    test::addBulkIndicators(workspace, u"bulk_"_s, IndicatorCount);
    const int middle = 1 + DataRows / 2;
    const QList<int> badRows = {rowOf(2012, 10, 5), middle, middle + 1, rowOf(2019, 999, 12)};
    const QString path = folder.path(u"large.csv"_s);
    writeFile(path, badRows);

    const ImportSession session(path, {});
    const ImportPlan plan = ImportPlan::build(session.readFigures(workspace.indicators().all(), {}), workspace.entries());
    CHECK(plan.rowsRead() == DataRows + 1);
    const int conflicting = rowOf(2011, 7, 3);
    const int lastRow = DataRows + 2;
    QList<int> rejectedRows;
    for (const RowIssue &issue : plan.rejected())
        rejectedRows.append(issue.row);
    CHECK(rejectedRows == QList<int>{conflicting, badRows.at(0), badRows.at(1), badRows.at(2), badRows.at(3), lastRow});
    REQUIRE(plan.additions().size() == DataRows - 5);

    // In file order, with the figures of their rows, on both sides of the middle.
    const QList<const CellFigures *> written = plan.figuresInFileOrder();
    for (const int row : {2, middle - 1, middle + 2, lastRow - 1}) {
        const auto before = [row](int rejected) { return rejected < row; };
        const qsizetype index = row - 2 - std::count_if(rejectedRows.cbegin(), rejectedRows.cend(), before);
        const int cell = row - 2;
        const int year = FirstYear + cell / (IndicatorCount * MonthCount);
        const int indicator = cell / MonthCount % IndicatorCount;
        const int month = cell % MonthCount + 1;
        INFO("row " << row);
        CHECK(written.at(index)->key == EntryKey{test::bulkIndicatorCode(u"bulk_"_s, indicator), year, month});
        CHECK(written.at(index)->ytdValue == valueOf(year, indicator, month));
    }

    plan.apply(workspace.entries(), ImportPlan::RejectedRows::Skip, stamp);
    CHECK(workspace.entries().forYear(2013).size() == IndicatorCount * MonthCount);
    CHECK(workspace.entries().forYear(2016).size() == IndicatorCount * MonthCount - 1); // row middle + 1
    CHECK_FALSE(workspace.entries().latest({test::bulkIndicatorCode(u"bulk_"_s, 7), 2011, 3}));
}

TEST_CASE("Cancelling the read of a large table ends it with ImportCancelled", "[import][large]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> opened = place.open();
    Workspace &workspace = *opened;
    test::TestFolder folder;
    test::addBulkIndicators(workspace, u"bulk_"_s, IndicatorCount);
    const QString path = folder.path(u"large.csv"_s);
    writeFile(path, {});
    const ImportSession session(path, {});

    ImportProgress *progress = nullptr;
    ImportProgress cancelling([&progress](ImportProgress::Step step, int percent) {
        if (step == ImportProgress::Step::ReadingFigures && percent >= 30)
            progress->cancel();
    });
    progress = &cancelling;
    CHECK_THROWS_AS(session.readFigures(workspace.indicators().all(), {}, cancelling), ImportCancelled);
}
