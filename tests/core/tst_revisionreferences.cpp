// Every revision names an indicator and a change set that exist, and
// neither can be removed while a revision names it: enforced by the
// database itself, whoever writes to it (SQLite's foreign keys; on a
// server, checks once per statement, migrations.cpp version 3).
#include "core/storage/database.h"
#include "core/storage/sqlquery.h"
#include "core/storage/workspace.h"
#include "tests/support/testserver.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zhibiao;
using namespace Qt::StringLiterals;

namespace {

// Runs sql on the connection as any other program would; true if the
// database accepted it.
bool accepts(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    const bool accepted = query.exec(sql);
    INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
    return accepted;
}

QString errorState(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (query.exec(sql))
        return u"accepted"_s;
    return query.lastError().nativeErrorCode();
}

qint64 integer(const QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query = execStatement(connection, sql);
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

void addIndicator(const QSqlDatabase &connection, const QString &code)
{
    REQUIRE(accepts(connection, uR"(INSERT INTO indicators (code, name_zh, name_en, unit, frequency, reporting,
                                                          sort_order)
                                   VALUES ('%1', '探针', 'Probe', '%', 'monthly', 'growth', 900))"_s.arg(code)));
}

QString revisionInsert(qint64 indicator, qint64 changeSet, qint64 id)
{
    return uR"(INSERT INTO entry_revisions (indicator, year, month, id, ytd_value, change_set)
               VALUES (%1, 2022, 5, %3, 1.5, %2))"_s.arg(indicator).arg(changeSet).arg(id);
}

const EntryStamp stamp{u"区统计局月报"_s, u"wang"_s, QDateTime(QDate(2022, 6, 20), QTime(9, 30), Qt::UTC)};

} // namespace

TEST_CASE("A revision naming no indicator or no change set is refused by the database", "[storage][references]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> workspace = place.open();
    const QSqlDatabase connection = workspace->database().connection();
    const CellFigures gdp{{u"gdp"_s, 2022, 3}, 41200.0, {}, 8.1, {}};
    workspace->entries().recordAll({&gdp}, stamp);
    const qint64 indicator = integer(connection, u"SELECT id FROM indicators WHERE code = 'gdp'"_s);
    const qint64 changeSet = integer(connection, u"SELECT max(id) FROM change_sets"_s);

    CHECK_FALSE(accepts(connection, revisionInsert(indicator + 100'000, changeSet, 1000)));
    CHECK_FALSE(accepts(connection, revisionInsert(indicator, changeSet + 100'000, 1001)));
    // One bad row among good ones fails the whole statement.
    CHECK_FALSE(accepts(connection, uR"(INSERT INTO entry_revisions (indicator, year, month, id, change_set)
                                        VALUES (%1, 2022, 6, 1002, %2), (%3, 2022, 7, 1003, %2))"_s
                                        .arg(indicator).arg(changeSet).arg(indicator + 100'000)));
    CHECK(integer(connection, u"SELECT count(*) FROM entry_revisions"_s) == 1);
    CHECK_FALSE(accepts(connection, u"UPDATE entry_revisions SET indicator = indicator + 100000"_s));
    CHECK(accepts(connection, revisionInsert(indicator, changeSet, 1004)));
    CHECK(integer(connection, u"SELECT count(*) FROM entry_revisions"_s) == 2);
}

TEST_CASE("An indicator or change set that a revision names cannot be removed or renumbered", "[storage][references]")
{
    const Engine engine = GENERATE(test::eachEngine());
    INFO(test::engineName(engine));
    const test::TestDatabase place(engine);
    const std::unique_ptr<Workspace> workspace = place.open();
    const QSqlDatabase connection = workspace->database().connection();
    addIndicator(connection, u"probe"_s);
    addIndicator(connection, u"unused"_s);
    const CellFigures probe{{u"probe"_s, 2022, 5}, 3.5, {}, {}, {}};
    workspace->entries().recordAll({&probe}, stamp);

    CHECK_FALSE(accepts(connection, u"DELETE FROM indicators WHERE code = 'probe'"_s));
    CHECK_FALSE(accepts(connection, u"UPDATE indicators SET id = id + 100000 WHERE code = 'probe'"_s));
    CHECK_FALSE(accepts(connection, u"DELETE FROM change_sets"_s));
    CHECK_FALSE(accepts(connection, u"UPDATE change_sets SET id = id + 100000"_s));
    CHECK(workspace->entries().latest(probe.key).has_value());
    // What no revision names can go, and be renamed.
    CHECK(accepts(connection, u"UPDATE indicators SET name_en = 'Probe (renamed)' WHERE code = 'probe'"_s));
    CHECK(accepts(connection, u"DELETE FROM indicators WHERE code = 'unused'"_s));
    CHECK(integer(connection, u"SELECT count(*) FROM indicators WHERE code IN ('probe', 'unused')"_s) == 1);
}

TEST_CASE("On a server, removing an indicator waits for a writer naming it, then is refused", "[storage][references][server]")
{
    const test::TestDatabase place(Engine::PostgreSql);
    const std::unique_ptr<Workspace> workspace = place.open();
    const QSqlDatabase writer = workspace->database().connection();
    addIndicator(writer, u"probe"_s);
    addIndicator(writer, u"unused"_s);
    const qint64 probe = integer(writer, u"SELECT id FROM indicators WHERE code = 'probe'"_s);
    const qint64 changeSet =
        integer(writer, u"INSERT INTO change_sets (entered_by, entered_at) VALUES ('li', '2022-06-20T09:30:00.000Z') "
                        "RETURNING id"_s);
    const Database other(place.location());
    const QSqlDatabase remover = other.connection();
    REQUIRE(accepts(remover, u"SET lock_timeout = '200ms'"_s));

    // The writer has named it and not committed: the removal waits for it
    // (here past its lock timeout) instead of going ahead unseen.
    REQUIRE(accepts(writer, u"BEGIN"_s));
    REQUIRE(accepts(writer, revisionInsert(probe, changeSet, 1)));
    CHECK(errorState(remover, u"DELETE FROM indicators WHERE code = 'probe'"_s) == u"55P03"_s); // lock_not_available
    REQUIRE(accepts(writer, u"COMMIT"_s));
    CHECK(errorState(remover, u"DELETE FROM indicators WHERE code = 'probe'"_s) == u"23503"_s); // foreign_key_violation

    // A snapshot older than the statement could miss a writer's commit.
    REQUIRE(accepts(remover, u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s));
    CHECK(errorState(remover, u"DELETE FROM indicators WHERE code = 'unused'"_s) == u"55000"_s);
    REQUIRE(accepts(remover, u"ROLLBACK"_s));
    CHECK(accepts(remover, u"DELETE FROM indicators WHERE code = 'unused'"_s));

    // Emptying the tables at once is refused while revisions exist.
    CHECK(errorState(remover, u"TRUNCATE change_sets CASCADE"_s) == u"23503"_s);
    CHECK(integer(remover, u"SELECT count(*) FROM entry_revisions"_s) == 1);
}

TEST_CASE("On a server, the reference checks read the schema's tables, not a writer's temporary ones",
          "[storage][references][server]")
{
    const test::TestDatabase place(Engine::PostgreSql);
    const std::unique_ptr<Workspace> workspace = place.open();
    const QSqlDatabase connection = workspace->database().connection();
    const qint64 changeSet =
        integer(connection, u"INSERT INTO change_sets (entered_by, entered_at) "
                            "VALUES ('li', '2022-06-20T09:30:00.000Z') RETURNING id"_s);
    REQUIRE(accepts(connection, u"CREATE TEMPORARY TABLE indicators (id bigint)"_s));
    REQUIRE(accepts(connection, u"INSERT INTO pg_temp.indicators VALUES (424242)"_s));
    CHECK(errorState(connection, u"INSERT INTO public.entry_revisions (indicator, year, month, id, change_set) "
                                 "VALUES (424242, 2022, 5, 1, %1)"_s.arg(changeSet))
          == u"23503"_s);
}
