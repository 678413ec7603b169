#include "core/storage/schemaversion6.h"

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// What SQLite raises and PostgreSQL's trigger says when a revision would
// change an approved month; Database turns it into StorageError::Locked.
// Frozen as released: the stored triggers say it.
constexpr QStringView LockedMessage = u"zhibiao: the month is approved and locked";

// Both engines run these as written (placeholders: DatabaseEngine::schemaStatement).
QStringList tables()
{
    return {
        // The bureaus that report the figures (财政局, 人社局, 统计局 …).
        uR"(CREATE TABLE responsible_units (
            id          {id},
            code        TEXT NOT NULL UNIQUE,
            name_zh     TEXT NOT NULL UNIQUE,
            name_en     TEXT NOT NULL,
            contact     TEXT NOT NULL DEFAULT '',
            sort_order  INTEGER NOT NULL
        ))"_s,
        // An indicator has one responsible unit per year.
        uR"(CREATE TABLE indicator_responsibility (
            indicator  {bigint} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            year       INTEGER NOT NULL,
            unit       {bigint} NOT NULL REFERENCES responsible_units(id),
            PRIMARY KEY (indicator, year)
        ))"_s,
        // Each indicator's state in a month, and the transition that made
        // it; no row: open, nobody has acted.
        uR"(CREATE TABLE approval_states (
            indicator  {bigint} NOT NULL REFERENCES indicators(id),
            year       INTEGER NOT NULL,
            month      INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            state      TEXT NOT NULL CHECK (state IN ('open', 'submitted', 'approved', 'returned', 'reopened')),
            acted_by   TEXT NOT NULL,
            acted_at   TEXT NOT NULL,
            reason     TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (indicator, year, month)
        ))"_s,
        // Every transition, kept: who, when, why.
        uR"(CREATE TABLE approval_log (
            id          {id},
            indicator   {bigint} NOT NULL REFERENCES indicators(id),
            year        INTEGER NOT NULL,
            month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            action      TEXT NOT NULL CHECK (action IN ('submit', 'approve', 'return', 'reopen')),
            from_state  TEXT NOT NULL,
            to_state    TEXT NOT NULL,
            acted_by    TEXT NOT NULL,
            acted_at    TEXT NOT NULL,
            reason      TEXT NOT NULL DEFAULT ''
        ))"_s,
        uR"(CREATE INDEX approval_log_by_month ON approval_log (year, month, indicator))"_s,
        // The people of a server database and what each may do; each is
        // their own PostgreSQL role of that login (zhibiao user add). A
        // single desk's file has none: its one user holds every role.
        uR"(CREATE TABLE people (
            login  TEXT PRIMARY KEY,
            role   TEXT NOT NULL CHECK (role IN ('clerk', 'reviewer', 'viewer', 'admin')),
            unit   {bigint} REFERENCES responsible_units(id),
            CHECK (role <> 'clerk' OR unit IS NOT NULL)
        ))"_s,
        // A month's closing date (the last day of entry, an ISO date):
        // after it a clerk's entry waits for a reviewer's reopening. No
        // row: the month does not close.
        uR"(CREATE TABLE closing_dates (
            year       INTEGER NOT NULL,
            month      INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            closes_on  TEXT NOT NULL,
            PRIMARY KEY (year, month)
        ))"_s,
        // The bureaus of a Chinese district, and what each reports of the
        // Lukou indicators, for the years with targets, in a database that
        // already holds a district. Frozen here as released; new databases
        // take them from the seed (a new schema has no district yet).
        uR"(INSERT INTO responsible_units (code, name_zh, name_en, sort_order)
            SELECT seeded.column1, seeded.column2, seeded.column3, seeded.column4 FROM (VALUES
            ('statistics', '统计局', 'Statistics Bureau', 1),
            ('finance', '财政局', 'Finance Bureau', 2),
            ('hr', '人社局', 'Human Resources and Social Security Bureau', 3),
            ('agriculture', '农业农村局', 'Agriculture and Rural Affairs Bureau', 4),
            ('development', '发展和改革局', 'Development and Reform Bureau', 5),
            ('ecology', '生态环境分局', 'Ecology and Environment Branch', 6)
            ) AS seeded
            WHERE EXISTS (SELECT 1 FROM district))"_s,
        uR"(INSERT INTO indicator_responsibility (indicator, year, unit)
            SELECT i.id, y.year, u.id
            FROM indicators AS i
            JOIN (VALUES
            ('gdp', 'statistics'), ('industry_va', 'statistics'), ('fai', 'statistics'),
            ('retail_sales', 'statistics'), ('income', 'statistics'), ('budget_revenue', 'finance'),
            ('unemployment', 'hr'), ('unemployment_city', 'hr'), ('grain', 'agriculture'),
            ('energy_total', 'development'), ('energy_intensity', 'development'),
            ('air_good_days', 'ecology'), ('pm25', 'ecology')
            ) AS reports ON reports.column1 = i.code
            JOIN responsible_units AS u ON u.code = reports.column2
            CROSS JOIN (SELECT DISTINCT year FROM targets) AS y)"_s,
    };
}

} // namespace

Migration schemaVersion6()
{
    Migration step{6, tables()};
    step.statements.append(
        uR"(CREATE TRIGGER refuse_locked_revisions BEFORE INSERT ON entry_revisions
            WHEN EXISTS (SELECT 1 FROM approval_states AS s
                         WHERE s.indicator = NEW.indicator AND s.year = NEW.year AND s.month = NEW.month
                           AND s.state = 'approved')
            BEGIN SELECT RAISE(ABORT, '%1'); END)"_s.arg(LockedMessage));

    step.postgresqlStatements = tables();
    // Per statement, like the revisions' reference check: a COPY of a
    // million revisions runs it once.
    step.postgresqlStatements.append(uR"(CREATE FUNCTION zhibiao_refuse_locked_revisions() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM added AS a
                           JOIN approval_states AS s
                             ON s.indicator = a.indicator AND s.year = a.year AND s.month = a.month
                           WHERE s.state = 'approved') THEN
                    RAISE check_violation USING MESSAGE = '%1', TABLE = 'entry_revisions';
                END IF;
                RETURN NULL;
            END
            $$)"_s.arg(LockedMessage));
    step.postgresqlStatements.append(uR"(DO $$
            BEGIN
                EXECUTE format('ALTER FUNCTION zhibiao_refuse_locked_revisions() SET search_path = %I, pg_temp',
                               current_schema());
            END
            $$)"_s);
    step.postgresqlStatements.append(uR"(CREATE TRIGGER refuse_locked_revisions AFTER INSERT ON entry_revisions
            REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_refuse_locked_revisions())"_s);
    for (const QString &table : {u"responsible_units"_s, u"indicator_responsibility"_s, u"approval_states"_s,
                                 u"approval_log"_s, u"people"_s, u"closing_dates"_s})
        step.postgresqlStatements.append(
            uR"(CREATE TRIGGER announce_%1 AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
                ON %1 FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s.arg(table));
    return step;
}

QString lockedRevisionMessage()
{
    return LockedMessage.toString();
}

} // namespace zhibiao
