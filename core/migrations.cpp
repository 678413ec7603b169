#include "migrations.h"

#include <vector>

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Version 1: district, indicators, targets with their criteria, and the
// append-only history of entered figures.
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
            id            INTEGER PRIMARY KEY,
            year          INTEGER NOT NULL,
            ordinal       INTEGER NOT NULL,
            title_zh      TEXT NOT NULL,
            title_en      TEXT NOT NULL,
            statement_zh  TEXT NOT NULL,
            statement_en  TEXT NOT NULL,
            UNIQUE (year, ordinal)
        ))"_s,
        uR"(CREATE TABLE target_criteria (
            target_id       INTEGER NOT NULL REFERENCES targets(id) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            indicator_code  TEXT NOT NULL REFERENCES indicators(code),
            kind            TEXT NOT NULL CHECK (kind IN ('growth_at_least', 'amount_at_least',
                                'amount_at_most', 'decline_at_least', 'below_reference',
                                'growth_above_reference', 'better_than_last_year')),
            figure          REAL,
            reference_code  TEXT REFERENCES indicators(code),
            PRIMARY KEY (target_id, position)
        ))"_s,
        uR"(CREATE TABLE entry_revisions (
            id               INTEGER PRIMARY KEY,
            indicator_code   TEXT NOT NULL REFERENCES indicators(code),
            year             INTEGER NOT NULL,
            month            INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            ytd_value        REAL,
            last_year_value  REAL,
            published_growth REAL,
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

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> steps = {schemaVersion1()};
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
