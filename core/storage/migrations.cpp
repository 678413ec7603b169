#include "core/storage/migrations.h"

#include "core/storage/schemaversion5.h"
#include "core/storage/schemaversion6.h"
#include "core/storage/schemaversion7.h"

#include <vector>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Version 1: district, indicators, targets with their criteria, and the
// append-only history of entered figures. The placeholders read as the
// released text on SQLite (DatabaseEngine::schemaStatement).
Migration schemaVersion1()
{
    return {1, {
        uR"(CREATE TABLE district (
            id            INTEGER PRIMARY KEY CHECK (id = 1),
            name_zh       TEXT NOT NULL,
            name_en       TEXT NOT NULL,
            city_zh       TEXT NOT NULL,
            city_en       TEXT NOT NULL,
            current_year  INTEGER NOT NULL
        ))"_s,
        uR"(CREATE TABLE indicators (
            code            TEXT PRIMARY KEY,
            name_zh         TEXT NOT NULL,
            name_en         TEXT NOT NULL,
            unit            TEXT NOT NULL,
            frequency       TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
            reporting       TEXT NOT NULL CHECK (reporting IN ('amount_growth', 'growth', 'level')),
            real_growth     INTEGER NOT NULL DEFAULT 0 CHECK (real_growth IN (0, 1)),
            lower_is_better INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
            sort_order      INTEGER NOT NULL
        ))"_s,
        uR"(CREATE TABLE targets (
            id            {id},
            year          INTEGER NOT NULL,
            ordinal       INTEGER NOT NULL,
            title_zh      TEXT NOT NULL,
            title_en      TEXT NOT NULL,
            statement_zh  TEXT NOT NULL,
            statement_en  TEXT NOT NULL,
            UNIQUE (year, ordinal)
        ))"_s,
        uR"(CREATE TABLE target_criteria (
            target_id       {bigint} NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            indicator_code  TEXT NOT NULL REFERENCES indicators(code),
            kind            TEXT NOT NULL CHECK (kind IN ('growth_at_least', 'amount_at_least',
                                'amount_at_most', 'decline_at_least', 'below_reference',
                                'growth_above_reference', 'better_than_last_year')),
            figure          {real},
            reference_code  TEXT REFERENCES indicators(code),
            PRIMARY KEY (target_id, position)
        ))"_s,
        uR"(CREATE TABLE entry_revisions (
            id               {id},
            indicator_code   TEXT NOT NULL REFERENCES indicators(code),
            year             INTEGER NOT NULL,
            month            INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            ytd_value        {real},
            last_year_value  {real},
            published_growth {real},
            note             TEXT NOT NULL DEFAULT '',
            source           TEXT NOT NULL DEFAULT '',
            entered_by       TEXT NOT NULL,
            entered_at       TEXT NOT NULL
        ))"_s,
        uR"(CREATE INDEX entry_revisions_by_cell
            ON entry_revisions (indicator_code, year, month, id))"_s,
        // The latest revision of every cell: what every reader sees.
        uR"(CREATE VIEW current_entries AS
            SELECT r.* FROM entry_revisions AS r
            WHERE r.id = (SELECT max(id) FROM entry_revisions AS later
                          WHERE later.indicator_code = r.indicator_code
                            AND later.year = r.year AND later.month = r.month))"_s,
    }};
}

// Statements of version 2 that both engines run as written.
const QString copyIndicatorsV2 =
    uR"(INSERT INTO indicators_v2 (code, name_zh, name_en, unit, frequency, reporting, real_growth,
                                  lower_is_better, sort_order)
        SELECT code, name_zh, name_en, unit, frequency, reporting, real_growth, lower_is_better, sort_order
        FROM indicators ORDER BY sort_order, code)"_s;
// One change set per distinct stamp, in the order stamps first appear.
const QString copyChangeSets =
    uR"(INSERT INTO change_sets (source, entered_by, entered_at)
        SELECT source, entered_by, entered_at FROM entry_revisions
        GROUP BY source, entered_by, entered_at ORDER BY min(id))"_s;
// Only for the copy below, which would otherwise scan change_sets per revision.
const QString indexChangeSetsByStamp =
    uR"(CREATE INDEX change_sets_by_stamp ON change_sets (source, entered_by, entered_at))"_s;
const QString copyRevisionsV2 =
    uR"(INSERT INTO entry_revisions_v2 (indicator, year, month, id, ytd_value, last_year_value,
                                       published_growth, note, change_set)
        SELECT i.id, r.year, r.month, r.id, r.ytd_value, r.last_year_value, r.published_growth, r.note, c.id
        FROM entry_revisions AS r
        -- LEFT: a revision of an unknown code (possible only in a file
        -- written with references unchecked) fails the step rather than
        -- being left out.
        LEFT JOIN indicators_v2 AS i ON i.code = r.indicator_code
        JOIN change_sets AS c
          ON c.source = r.source AND c.entered_by = r.entered_by AND c.entered_at = r.entered_at)"_s;
// Every revision with its indicator's code and its change set's stamp.
const QString entryHistoryView =
    uR"(CREATE VIEW entry_history AS
        SELECT r.id, i.code AS indicator_code, r.indicator, r.year, r.month, r.ytd_value, r.last_year_value,
               r.published_growth, r.note, c.source, c.entered_by, c.entered_at
        FROM entry_revisions AS r
        JOIN indicators AS i ON i.id = r.indicator
        JOIN change_sets AS c ON c.id = r.change_set)"_s;
// The latest revision of every cell: what every reader sees.
const QString currentEntriesView =
    uR"(CREATE VIEW current_entries AS
        SELECT h.* FROM entry_history AS h
        WHERE h.id = (SELECT max(id) FROM entry_revisions AS later
                      WHERE later.indicator = h.indicator AND later.year = h.year AND later.month = h.month))"_s;

// Version 2 on PostgreSQL: the same tables, views and copies, and the
// server's own announcement of every commit. SQLite's rebuild relies on
// references by name (the new indicators table is referred to as
// "indicators" before it is renamed so); PostgreSQL binds a reference to
// its table when it is made, so the new tables refer to each other by
// their new names, the old indicators table is dropped with the
// references to it, and target_criteria gets them back.
QStringList schemaVersion2OnPostgreSql()
{
    return {
        uR"(CREATE TABLE indicators_v2 (
            id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            code            TEXT NOT NULL UNIQUE,
            name_zh         TEXT NOT NULL,
            name_en         TEXT NOT NULL,
            unit            TEXT NOT NULL,
            frequency       TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
            reporting       TEXT NOT NULL CHECK (reporting IN ('amount_growth', 'growth', 'level')),
            real_growth     INTEGER NOT NULL DEFAULT 0 CHECK (real_growth IN (0, 1)),
            lower_is_better INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
            sort_order      INTEGER NOT NULL
        ))"_s,
        copyIndicatorsV2,
        uR"(CREATE TABLE change_sets (
            id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            source      TEXT NOT NULL DEFAULT '',
            entered_by  TEXT NOT NULL,
            entered_at  TEXT NOT NULL
        ))"_s,
        copyChangeSets,
        indexChangeSetsByStamp,
        uR"(CREATE TABLE entry_revisions_v2 (
            indicator        BIGINT NOT NULL REFERENCES indicators_v2(id),
            year             INTEGER NOT NULL,
            month            INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            id               BIGINT NOT NULL,
            ytd_value        DOUBLE PRECISION,
            last_year_value  DOUBLE PRECISION,
            published_growth DOUBLE PRECISION,
            note             TEXT NOT NULL DEFAULT '',
            change_set       BIGINT NOT NULL REFERENCES change_sets(id),
            PRIMARY KEY (indicator, year, month, id)
        ))"_s,
        copyRevisionsV2,
        uR"(DROP INDEX change_sets_by_stamp)"_s,
        uR"(DROP VIEW current_entries)"_s,
        uR"(DROP TABLE entry_revisions)"_s,
        uR"(DROP TABLE indicators CASCADE)"_s,
        uR"(ALTER TABLE indicators_v2 RENAME TO indicators)"_s,
        uR"(ALTER TABLE entry_revisions_v2 RENAME TO entry_revisions)"_s,
        uR"(ALTER TABLE target_criteria
            ADD FOREIGN KEY (indicator_code) REFERENCES indicators(code),
            ADD FOREIGN KEY (reference_code) REFERENCES indicators(code))"_s,
        // Every write reads the highest revision id under the write lock;
        // the key begins with the indicator, so without this the server
        // reads the whole table for it (45 ms a figure at a million revisions).
        uR"(CREATE INDEX entry_revisions_by_id ON entry_revisions (id))"_s,
        entryHistoryView,
        currentEntriesView,
        // Every commit that changes what a window shows announces itself on
        // the channel zhibiao_changes, once per transaction, with the
        // committing server process as payload: every open window reads
        // again (PostgreSqlEngine::subscribeToCommits), whoever wrote.
        uR"(CREATE FUNCTION zhibiao_announce_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('zhibiao_changes', pg_backend_pid()::text);
                RETURN NULL;
            END
            $$)"_s,
        uR"(CREATE TRIGGER announce_revisions AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entry_revisions
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s,
        uR"(CREATE TRIGGER announce_indicators AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicators
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s,
        uR"(CREATE TRIGGER announce_targets AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON targets
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s,
        uR"(CREATE TRIGGER announce_criteria AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON target_criteria
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s,
        uR"(CREATE TRIGGER announce_district AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON district
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s,
    };
}

// Version 2, for the speed and size of large imports (docs/storage.md):
// - indicators get an integer key (the code stays unique), and revisions
//   refer to it instead of repeating the code;
// - who entered a batch of figures, from where and when is stored once per
//   batch (a change set) instead of on every revision;
// - revisions are kept in the order of their cell (WITHOUT ROWID, keyed by
//   indicator, year, month and id), so a cell's history and its latest
//   revision are found without a second index, and a batch sorted by cell
//   is appended rather than scattered.
// Revisions keep their ids, so their order and every reader's "latest"
// stay. Tables that others refer to are rebuilt, so the step runs with
// references unchecked and checks them all before it commits.
Migration schemaVersion2()
{
    Migration step{2, {
        uR"(CREATE TABLE indicators_v2 (
            id              INTEGER PRIMARY KEY,
            code            TEXT NOT NULL UNIQUE,
            name_zh         TEXT NOT NULL,
            name_en         TEXT NOT NULL,
            unit            TEXT NOT NULL,
            frequency       TEXT NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
            reporting       TEXT NOT NULL CHECK (reporting IN ('amount_growth', 'growth', 'level')),
            real_growth     INTEGER NOT NULL DEFAULT 0 CHECK (real_growth IN (0, 1)),
            lower_is_better INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
            sort_order      INTEGER NOT NULL
        ))"_s,
        copyIndicatorsV2,
        uR"(CREATE TABLE change_sets (
            id          INTEGER PRIMARY KEY,
            source      TEXT NOT NULL DEFAULT '',
            entered_by  TEXT NOT NULL,
            entered_at  TEXT NOT NULL
        ))"_s,
        copyChangeSets,
        indexChangeSetsByStamp,
        uR"(CREATE TABLE entry_revisions_v2 (
            indicator        INTEGER NOT NULL REFERENCES indicators(id),
            year             INTEGER NOT NULL,
            month            INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            id               INTEGER NOT NULL,
            ytd_value        REAL,
            last_year_value  REAL,
            published_growth REAL,
            note             TEXT NOT NULL DEFAULT '',
            change_set       INTEGER NOT NULL REFERENCES change_sets(id),
            PRIMARY KEY (indicator, year, month, id)
        ) WITHOUT ROWID)"_s,
        copyRevisionsV2,
        uR"(DROP INDEX change_sets_by_stamp)"_s,
        uR"(DROP VIEW current_entries)"_s,
        uR"(DROP TABLE entry_revisions)"_s,
        uR"(DROP TABLE indicators)"_s,
        uR"(ALTER TABLE indicators_v2 RENAME TO indicators)"_s,
        uR"(ALTER TABLE entry_revisions_v2 RENAME TO entry_revisions)"_s,
        entryHistoryView,
        currentEntriesView,
    }};
    step.postgresqlStatements = schemaVersion2OnPostgreSql();
    step.rebuildsTables = true;
    return step;
}

// Version 3 on PostgreSQL: revision ids from a sequence, and the references
// of revisions to their indicator and change set checked once per
// statement instead of once per row.
// A foreign key checks each inserted row with a look-up of its own (two
// million for an import of a million figures, three quarters of its time,
// docs/performance.md); these triggers check a statement's rows together,
// with the same guarantees: every indicator and change set the new rows
// name must exist and is locked against removal until the commit (FOR KEY
// SHARE, as a foreign key's check locks it), and removing or renumbering
// one that revisions name is refused. Like the server's own checks they run
// as the schema's owner (SECURITY DEFINER), whatever the writer may read.
QStringList schemaVersion3OnPostgreSql()
{
    return {
        // Version 2's two references, by whatever names the server gave them.
        uR"(DO $$
            DECLARE
                reference record;
            BEGIN
                FOR reference IN SELECT conname FROM pg_constraint
                                 WHERE conrelid = 'entry_revisions'::regclass AND contype = 'f' LOOP
                    EXECUTE format('ALTER TABLE entry_revisions DROP CONSTRAINT %I', reference.conname);
                END LOOP;
            END
            $$)"_s,
        // Revision ids from a sequence (one number at a time, never cached
        // per connection: ids follow the order they are taken in), so that
        // writers of different cells need not take turns for the highest
        // id; the index that found it goes, and with it its upkeep on every
        // insert (a second of a million-figure import).
        uR"(ALTER TABLE entry_revisions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY)"_s,
        uR"(SELECT setval(pg_get_serial_sequence('entry_revisions', 'id'), coalesce(max(id), 0) + 1, false)
            FROM entry_revisions)"_s,
        uR"(DROP INDEX entry_revisions_by_id)"_s,
        uR"(CREATE FUNCTION zhibiao_check_revision_references() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE
                indicators_named bigint[];
                change_sets_named bigint[];
                present bigint;
            BEGIN
                -- One pass over the new rows: their few distinct pairs.
                SELECT array_agg(DISTINCT indicator), array_agg(DISTINCT change_set)
                    INTO indicators_named, change_sets_named
                    FROM (SELECT indicator, change_set FROM added GROUP BY indicator, change_set) AS pairs;
                SELECT count(*) INTO present FROM (
                    SELECT 1 FROM indicators WHERE id = ANY (indicators_named) FOR KEY SHARE) AS locked;
                IF present <> coalesce(cardinality(indicators_named), 0) THEN
                    RAISE foreign_key_violation USING
                        MESSAGE = 'a revision names an indicator that does not exist',
                        TABLE = 'entry_revisions', COLUMN = 'indicator';
                END IF;
                SELECT count(*) INTO present FROM (
                    SELECT 1 FROM change_sets WHERE id = ANY (change_sets_named) FOR KEY SHARE) AS locked;
                IF present <> coalesce(cardinality(change_sets_named), 0) THEN
                    RAISE foreign_key_violation USING
                        MESSAGE = 'a revision names a change set that does not exist',
                        TABLE = 'entry_revisions', COLUMN = 'change_set';
                END IF;
                RETURN NULL;
            END
            $$)"_s,
        uR"(CREATE TRIGGER check_revision_references AFTER INSERT ON entry_revisions
            REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_check_revision_references())"_s,
        uR"(CREATE TRIGGER check_revision_update AFTER UPDATE ON entry_revisions
            REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_check_revision_references())"_s,
        // Removing (or renumbering) indicators or change sets: refused while
        // a revision names one. A writer that named it and has not committed
        // holds it locked, so this waits for that commit and then sees its
        // revisions, in a statement of its own (read committed). A snapshot
        // older than the statement would not see them: other isolation
        // levels are refused.
        uR"(CREATE FUNCTION zhibiao_refuse_removing_referenced() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            DECLARE
                gone bigint[];
                referenced boolean;
            BEGIN
                IF current_setting('transaction_isolation') <> 'read committed' THEN
                    RAISE object_not_in_prerequisite_state USING
                        MESSAGE = format('%s can be removed or renumbered only in a read committed transaction',
                                         TG_TABLE_NAME);
                END IF;
                -- The ids that are gone: all of a DELETE's, those an UPDATE changed.
                IF TG_OP = 'DELETE' THEN
                    SELECT array_agg(id) INTO gone FROM removed;
                ELSE
                    SELECT array_agg(o.id) INTO gone FROM removed AS o
                        WHERE NOT EXISTS (SELECT 1 FROM kept AS n WHERE n.id = o.id);
                END IF;
                IF TG_TABLE_NAME = 'indicators' THEN
                    referenced := EXISTS (SELECT 1 FROM entry_revisions WHERE indicator = ANY (gone));
                ELSE
                    referenced := EXISTS (SELECT 1 FROM entry_revisions WHERE change_set = ANY (gone));
                END IF;
                IF referenced THEN
                    RAISE foreign_key_violation USING
                        MESSAGE = format('%s named by revisions cannot be removed or renumbered', TG_TABLE_NAME),
                        TABLE = TG_TABLE_NAME;
                END IF;
                RETURN NULL;
            END
            $$)"_s,
        uR"(CREATE TRIGGER refuse_removing_indicators AFTER DELETE ON indicators
            REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_refuse_removing_referenced())"_s,
        uR"(CREATE TRIGGER refuse_renumbering_indicators AFTER UPDATE ON indicators
            REFERENCING OLD TABLE AS removed NEW TABLE AS kept
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_refuse_removing_referenced())"_s,
        uR"(CREATE TRIGGER refuse_removing_change_sets AFTER DELETE ON change_sets
            REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_refuse_removing_referenced())"_s,
        uR"(CREATE TRIGGER refuse_renumbering_change_sets AFTER UPDATE ON change_sets
            REFERENCING OLD TABLE AS removed NEW TABLE AS kept
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_refuse_removing_referenced())"_s,
        // TRUNCATE has no transition table: refused while any revision exists.
        uR"(CREATE FUNCTION zhibiao_refuse_truncating_referenced() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER AS $$
            BEGIN
                IF EXISTS (SELECT 1 FROM entry_revisions) THEN
                    RAISE foreign_key_violation USING
                        MESSAGE = format('%s cannot be emptied while revisions name them', TG_TABLE_NAME),
                        TABLE = TG_TABLE_NAME;
                END IF;
                RETURN NULL;
            END
            $$)"_s,
        // A function that runs as its owner reads the tables of the schema
        // it was made in, never a temporary table of the same name a
        // writer made (pg_temp last: unnamed, it would be searched first).
        uR"(DO $$
            BEGIN
                EXECUTE format('ALTER FUNCTION zhibiao_check_revision_references() SET search_path = %I, pg_temp',
                               current_schema());
                EXECUTE format('ALTER FUNCTION zhibiao_refuse_removing_referenced() SET search_path = %I, pg_temp',
                               current_schema());
                EXECUTE format('ALTER FUNCTION zhibiao_refuse_truncating_referenced() SET search_path = %I, pg_temp',
                               current_schema());
            END
            $$)"_s,
        uR"(CREATE TRIGGER refuse_truncating_indicators BEFORE TRUNCATE ON indicators
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_refuse_truncating_referenced())"_s,
        uR"(CREATE TRIGGER refuse_truncating_change_sets BEFORE TRUNCATE ON change_sets
            FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_refuse_truncating_referenced())"_s,
    };
}

// Version 3: on a server, revisions' references are checked per statement
// (above). A file keeps its foreign keys, which SQLite checks cheaply
// and leaves out for a large batch (EntryRepository); it changes nothing
// there. (An index on the revisions' id, as the server has, would spare a
// write on a file of a million revisions its 50 ms scan for the highest
// id, but slowed the million-figure import from about 1.6× to 2× of
// sqlite3's .import: docs/performance.md.)
Migration schemaVersion3()
{
    Migration step{3, {}};
    step.postgresqlStatements = schemaVersion3OnPostgreSql();
    return step;
}

// Version 4: indicators are edited in the window (the indicators screen).
// An indicator gets the year it is retired from, and its aliases, the
// other names bureaus publish it under, become its data instead of a file
// in the program (they were resources/aliases.json, copied here as they
// were for the indicators of the 2022 seed that the database holds).
QStringList schemaVersion4Statements()
{
    return {
        uR"(ALTER TABLE indicators ADD COLUMN retired_from INTEGER)"_s,
        uR"(CREATE TABLE indicator_aliases (
            indicator  {bigint} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            position   INTEGER NOT NULL,
            alias      TEXT NOT NULL,
            PRIMARY KEY (indicator, position)
        ))"_s,
        uR"(INSERT INTO indicator_aliases (indicator, position, alias)
            SELECT indicators.id, seeded.column2, seeded.column3
            FROM (VALUES
            ('gdp', 0, 'GDP'),
            ('gdp', 1, '生产总值'),
            ('gdp', 2, '地区生产总值（GDP）'),
            ('gdp', 3, '全区生产总值'),
            ('industry_va', 0, '规模工业增加值'),
            ('industry_va', 1, '规上工业增加值'),
            ('industry_va', 2, '规模以上工业增加值（可比价）'),
            ('industry_va', 3, '规模以上工业'),
            ('industry_va', 4, '规模工业'),
            ('fai', 0, '固定资产投资额'),
            ('fai', 1, '全社会固定资产投资'),
            ('fai', 2, '固定资产投资（不含农户）'),
            ('fai', 3, '固投'),
            ('budget_revenue', 0, '一般公共预算收入'),
            ('budget_revenue', 1, '地方一般预算收入'),
            ('budget_revenue', 2, '公共预算收入'),
            ('budget_revenue', 3, '地方财政一般预算收入'),
            ('retail_sales', 0, '社会消费品零售额'),
            ('retail_sales', 1, '社零总额'),
            ('retail_sales', 2, '社零额'),
            ('retail_sales', 3, '社会消费品零售总额（限上）'),
            ('unemployment', 0, '调查失业率'),
            ('unemployment', 1, '城镇调查失业率（全区）'),
            ('unemployment_city', 0, '全市调查失业率'),
            ('unemployment_city', 1, '株洲市城镇调查失业率'),
            ('unemployment_city', 2, '城镇调查失业率（全市）'),
            ('income', 0, '全体居民人均可支配收入'),
            ('income', 1, '人均可支配收入'),
            ('income', 2, '居民收入'),
            ('grain', 0, '粮食产量'),
            ('grain', 1, '粮食总产'),
            ('energy_total', 0, '能源消费量'),
            ('energy_total', 1, '综合能源消费量'),
            ('energy_total', 2, '能源消费总量（当量值）'),
            ('energy_intensity', 0, '单位GDP能耗'),
            ('energy_intensity', 1, '万元GDP能耗'),
            ('energy_intensity', 2, '单位地区生产总值能源消耗'),
            ('energy_intensity', 3, '能耗强度'),
            ('air_good_days', 0, '空气质量优良率'),
            ('air_good_days', 1, '优良天数比例'),
            ('air_good_days', 2, '空气优良天数比例'),
            ('air_good_days', 3, '环境空气质量优良天数比例'),
            ('air_good_days', 4, '空气质量优良天数比率'),
            ('pm25', 0, 'PM2.5浓度'),
            ('pm25', 1, '细颗粒物（PM2.5）平均浓度'),
            ('pm25', 2, '细颗粒物平均浓度'),
            ('pm25', 3, 'PM2.5')
            ) AS seeded
            JOIN indicators ON indicators.code = seeded.column1)"_s,
    };
}

Migration schemaVersion4()
{
    Migration step{4, schemaVersion4Statements()};
    step.postgresqlStatements = schemaVersion4Statements();
    step.postgresqlStatements.append(
        uR"(CREATE TRIGGER announce_indicator_aliases AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
            ON indicator_aliases FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s);
    return step;
}

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> steps = {schemaVersion1(), schemaVersion2(), schemaVersion3(),
                                                 schemaVersion4(), schemaVersion5(), schemaVersion6(),
                                                 schemaVersion7()};
    return steps;
}

} // namespace

std::span<const Migration> migrations()
{
    return allMigrations();
}

int latestSchemaVersion()
{
    return allMigrations().back().version;
}

} // namespace zhibiao
