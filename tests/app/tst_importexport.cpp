// `zhibiao import` and `zhibiao export` through the real executable, with
// no display: exit codes, messages, and what the database holds afterwards;
// on a file and on a server database alike.
#include "core/storage/workspace.h"
#include "tests/support/clirun.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testserver.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

using Run = test::CliRun;
using test::runZhibiaoCli;

QString dataFile(const QString &name)
{
    return QStringLiteral(ZHIBIAO_TEST_DATA) + u"/import/"_s + name;
}

// A seeded database with no figures, closed again so the process can use it.
QString emptyDatabase(const test::TestFolder &folder, const QString &name = u"district.sqlite"_s)
{
    const QString path = folder.path(name);
    Workspace workspace(path);
    return path;
}

QList<Entry> figuresOf(const QString &path, int year = 2022)
{
    Workspace workspace(path);
    return workspace.entries().forYear(year);
}

// A seeded database with no figures on engine, closed again so the
// process can use it; argument() names it as --db does.
class CliDatabase
{
public:
    explicit CliDatabase(Engine engine)
        : m_place(engine)
    {
        m_place.open();
    }

    QString argument() const { return m_place.location().displayName(); }
    QList<Entry> figures(int year = 2022) const
    {
        Workspace workspace(m_place.location());
        return workspace.entries().forYear(year);
    }

private:
    test::TestDatabase m_place;
};

// Figures without who and when: what must survive a round trip.
QStringList valuesOf(const QList<Entry> &entries)
{
    QStringList values;
    const auto number = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 17) : u"-"_s; };
    for (const Entry &entry : entries) {
        values.append(u"%1 %2-%3 %4 %5 %6 %7"_s.arg(entry.key.indicatorCode).arg(entry.key.year).arg(entry.key.month)
                          .arg(number(entry.ytdValue), number(entry.lastYearValue), number(entry.publishedGrowth), entry.note));
    }
    return values;
}

} // namespace

TEST_CASE("zhibiao import writes a file's figures and prints the summary", "[cli][import]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const CliDatabase database(engine);
    const QString db = database.argument();
    const Run run = runZhibiaoCli({u"import"_s, u"--db"_s, db, dataFile(u"long-gbk.csv"_s)});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"“long-gbk.csv” (GBK/GB18030, comma-separated)"_s));
    CHECK(run.out.contains(u"New values: 9"_s));
    CHECK(run.out.contains(u"Rejected rows: 0"_s));
    CHECK(run.out.contains(u"Imported 9 value"_s));
    CHECK(database.figures().size() == 9);

    // Again: nothing new, nothing written.
    const Run again = runZhibiaoCli({u"import"_s, u"--db"_s, db, dataFile(u"long-utf8.csv"_s)});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"Unchanged values: 9"_s));
    CHECK(again.out.contains(u"Nothing to write"_s));
}

TEST_CASE("zhibiao import changes nothing and exits 1 when a row is rejected", "[cli][import]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const CliDatabase database(engine);
    const QString db = database.argument();
    const Run run = runZhibiaoCli({u"import"_s, u"--db"_s, db, dataFile(u"bad-rows.csv"_s)});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(u"Rejected rows: 5"_s));
    CHECK(run.out.contains(u"Row 3 (规模工业增加 | 2022 | 1-5月 | 10.8): “规模工业增加” matches no indicator"_s));
    CHECK(run.out.contains(u"Row 4 (固定资产投资 | 2022 | 1-5月 | abc)"_s));
    CHECK(run.err.contains(u"Nothing was written"_s));
    CHECK(run.err.contains(u"--skip-bad"_s));
    CHECK(database.figures().isEmpty());

    // A dry run with --skip-bad shows the plan and writes nothing either.
    const Run dry = runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--skip-bad"_s, u"--dry-run"_s, dataFile(u"bad-rows.csv"_s)});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"Dry run"_s));
    CHECK(database.figures().isEmpty());
}

TEST_CASE("zhibiao import --skip-bad imports the good rows and still lists the bad ones", "[cli][import]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const CliDatabase database(engine);
    const QString db = database.argument();
    const Run run = runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--skip-bad"_s, dataFile(u"bad-rows.csv"_s)});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Rejected rows: 5"_s));
    CHECK(run.out.contains(u"Row 7 "_s));
    CHECK(run.out.contains(u"Imported 2 value"_s));
    CHECK(database.figures().size() == 2);
}

TEST_CASE("zhibiao import reads a workbook, and takes the year and encoding given", "[cli][import]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const CliDatabase database(engine);
    const QString db = database.argument();
    const Run xlsx = runZhibiaoCli({u"import"_s, u"--db"_s, db, dataFile(u"wide-merged.xlsx"_s)});
    CHECK(xlsx.exitCode == 0);
    CHECK(xlsx.out.contains(u"sheet “主要指标”"_s));
    CHECK(database.figures().size() == 4);

    const Run wrongYear = runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--year"_s, u"2021"_s, dataFile(u"long-utf8.csv"_s)});
    CHECK(wrongYear.exitCode == 1);
    CHECK(wrongYear.out.contains(u"The row is for 2022, but the import is for 2021."_s));

    const Run wrongEncoding = runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--encoding"_s, u"utf-8"_s, dataFile(u"long-gbk.csv"_s)});
    CHECK(wrongEncoding.exitCode == 1);
    CHECK(wrongEncoding.err.contains(u"not valid UTF-8"_s));
    CHECK(database.figures().size() == 4);
}

TEST_CASE("zhibiao import: usage errors exit 2, missing files exit 1, no database is created", "[cli][import]")
{
    test::TestFolder folder;
    const QString db = emptyDatabase(folder);
    const QString input = dataFile(u"long-utf8.csv"_s);

    const Run badYear = runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--year"_s, u"二〇二二"_s, input});
    CHECK(badYear.exitCode == 2);
    CHECK(badYear.err.contains(u"“二〇二二” is not a year."_s));
    CHECK(runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--encoding"_s, u"latin1"_s, input}).exitCode == 2);
    CHECK(runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--period"_s, u"3-5月"_s, input}).exitCode == 2);
    CHECK(runZhibiaoCli({u"import"_s, u"--db"_s, db}).exitCode == 2);
    CHECK(runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--frobnicate"_s, input}).exitCode == 2);

    const QString missingDb = folder.path(u"never-created.sqlite"_s);
    const Run noDb = runZhibiaoCli({u"import"_s, u"--db"_s, missingDb, input});
    CHECK(noDb.exitCode == 1);
    CHECK(noDb.err.contains(u"There is no Zhibiao database at “%1”"_s.arg(missingDb)));
    CHECK_FALSE(QFile::exists(missingDb));

    const QString emptyFile = folder.path(u"empty.sqlite"_s);
    test::writeFile(emptyFile, QByteArray());
    CHECK(runZhibiaoCli({u"import"_s, u"--db"_s, emptyFile, input}).exitCode == 1);
    CHECK(QFile(emptyFile).size() == 0);

    const Run noInput = runZhibiaoCli({u"import"_s, u"--db"_s, db, folder.path(u"missing.csv"_s)});
    CHECK(noInput.exitCode == 1);
    CHECK(noInput.err.contains(u"missing.csv"_s));
    CHECK(figuresOf(db).isEmpty());

    const Run help = runZhibiaoCli({u"import"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"import [options]"_s));
    CHECK(help.out.contains(u"--skip-bad"_s));
}

TEST_CASE("zhibiao export writes .xlsx and CSV that import back with every value equal", "[cli][export][xlsxwriter]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    test::TestFolder folder;
    const CliDatabase sourceDatabase(engine);
    const QString source = sourceDatabase.argument();
    REQUIRE(runZhibiaoCli({u"import"_s, u"--db"_s, source, dataFile(u"long-utf8.csv"_s)}).exitCode == 0);
    REQUIRE(runZhibiaoCli({u"import"_s, u"--db"_s, source, dataFile(u"wide-bureau.csv"_s)}).exitCode == 0);
    const QStringList original = valuesOf(sourceDatabase.figures());
    REQUIRE(original.size() == 10);

    // Written in either language, read back in English.
    for (const QString &language : {u"en_US.UTF-8"_s, u"zh_CN.UTF-8"_s}) {
        for (const QString &name : {u"out.xlsx"_s, u"out.csv"_s}) {
            INFO(language.toStdString() << " " << name.toStdString());
            const QString file = folder.path(language.left(2) + u'-' + name);
            const Run exported = runZhibiaoCli({u"export"_s, u"--db"_s, source, u"--year"_s, u"2022"_s, u"-o"_s, file}, language);
            INFO(exported.out.toStdString() << exported.err.toStdString());
            CHECK(exported.exitCode == 0);
            REQUIRE(QFile::exists(file));
            if (language.startsWith(u"en"))
                CHECK(exported.out.contains(u"the status of 10 targets"_s));

            const CliDatabase targetDatabase(engine);
            const QString target = targetDatabase.argument();
            const Run imported = runZhibiaoCli({u"import"_s, u"--db"_s, target, file});
            INFO(imported.out.toStdString() << imported.err.toStdString());
            CHECK(imported.exitCode == 0);
            CHECK(imported.out.contains(u"Rejected rows: 0"_s));
            CHECK(valuesOf(targetDatabase.figures()) == original);
        }
    }
}

TEST_CASE("zhibiao export: bad year, unknown format, missing database, unwritable output", "[cli][export]")
{
    test::TestFolder folder;
    const QString db = emptyDatabase(folder);
    const QString out = folder.path(u"out.xlsx"_s);

    CHECK(runZhibiaoCli({u"export"_s, u"--db"_s, db, u"-o"_s, out}).exitCode == 2);
    const Run badYear = runZhibiaoCli({u"export"_s, u"--db"_s, db, u"--year"_s, u"22a"_s, u"-o"_s, out});
    CHECK(badYear.exitCode == 2);
    CHECK(badYear.err.contains(u"“22a” is not a year."_s));
    CHECK(runZhibiaoCli({u"export"_s, u"--db"_s, db, u"--year"_s, u"2022"_s}).exitCode == 2);
    const Run pdf = runZhibiaoCli({u"export"_s, u"--db"_s, db, u"--year"_s, u"2022"_s, u"-o"_s, folder.path(u"out.pdf"_s)});
    CHECK(pdf.exitCode == 2);
    CHECK(pdf.err.contains(u".xlsx or .csv"_s));

    const QString missingDb = folder.path(u"never-created.sqlite"_s);
    CHECK(runZhibiaoCli({u"export"_s, u"--db"_s, missingDb, u"--year"_s, u"2022"_s, u"-o"_s, out}).exitCode == 1);
    CHECK_FALSE(QFile::exists(missingDb));

    const QString unwritable = folder.path(u"no-such-folder/out.csv"_s);
    const Run failed = runZhibiaoCli({u"export"_s, u"--db"_s, db, u"--year"_s, u"2022"_s, u"-o"_s, unwritable});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(unwritable));
    CHECK_FALSE(QFile::exists(unwritable));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("zhibiao import recognises the city's comparison table by its unit names", "[cli][import][city]")
{
    const test::TestFolder folder;
    const QString db = emptyDatabase(folder);
    const QString table = QStringLiteral(ZHIBIAO_TEST_DATA) + u"/city/zhuzhou-2022-h1-units-as-rows.csv"_s;
    const Run dry = runZhibiaoCli({u"import"_s, u"--db"_s, db, u"--dry-run"_s, table});
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(u"the city's comparison table for 2022"_s));
    CHECK(dry.out.contains(u"New: 40; revised: 0; unchanged: 0."_s));
    CHECK(Workspace(db).comparison().figures(2022).isEmpty());

    const Run run = runZhibiaoCli({u"import"_s, u"--db"_s, db, table});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Imported 40 figure"_s));
    CHECK(Workspace(db).comparison().figures(2022).size() == 40);
    CHECK(figuresOf(db).isEmpty()); // the district's own figures are not touched

    const Run again = runZhibiaoCli({u"import"_s, u"--db"_s, db, table});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"unchanged: 40"_s));
    CHECK(again.out.contains(u"Nothing to write"_s));
}
