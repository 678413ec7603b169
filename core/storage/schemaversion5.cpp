#include "core/storage/schemaversion5.h"

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// Both engines run these as written (placeholders: DatabaseEngine::schemaStatement).
QStringList statements()
{
    return {
        // The units the city statistics bureau compares its counties and
        // districts by, and the city as a whole (kind 'city'): its figure
        // is the average the others are set against.
        uR"(CREATE TABLE comparison_units (
            id            {id},
            code          TEXT NOT NULL UNIQUE,
            name_zh       TEXT NOT NULL UNIQUE,
            name_en       TEXT NOT NULL,
            kind          TEXT NOT NULL CHECK (kind IN ('county', 'city')),
            own_district  INTEGER NOT NULL DEFAULT 0 CHECK (own_district IN (0, 1)),
            sort_order    INTEGER NOT NULL
        ))"_s,
        // At most one unit is the district's own, and one the city.
        uR"(CREATE UNIQUE INDEX one_own_district ON comparison_units (own_district) WHERE own_district = 1)"_s,
        uR"(CREATE UNIQUE INDEX one_city ON comparison_units (kind) WHERE kind = 'city')"_s,
        // Each unit's year-to-date figure in the city's table, as the
        // table gives it: the current value only (the district's own
        // figures keep their history in entry_revisions; these are the
        // city's, replaced by its next table).
        uR"(CREATE TABLE peer_figures (
            unit            {bigint} NOT NULL REFERENCES comparison_units(id) ON DELETE CASCADE,
            indicator       {bigint} NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
            year            INTEGER NOT NULL,
            month           INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
            growth          {real},
            amount          {real},
            published_rank  INTEGER CHECK (published_rank > 0),
            PRIMARY KEY (indicator, year, month, unit)
        ))"_s,
        // How far behind a criterion may be for a yellow warning light
        // (NULL: the default for its measure, WarningLight).
        uR"(ALTER TABLE target_criteria ADD COLUMN warning_threshold {real})"_s,
        // A Zhuzhou database gets Zhuzhou's units, the district's own marked
        // by its name. Frozen here as released; new databases take them from
        // the seed (resources/seed/).
        uR"(INSERT INTO comparison_units (code, name_zh, name_en, kind, own_district, sort_order)
            SELECT seeded.column1, seeded.column2, seeded.column3, seeded.column4,
                   CASE WHEN seeded.column2 = district.name_zh THEN 1 ELSE 0 END, seeded.column5
            FROM (VALUES
            ('city', '全市', 'Zhuzhou (city)', 'city', 0),
            ('hetang', '荷塘区', 'Hetang District', 'county', 1),
            ('lusong', '芦淞区', 'Lusong District', 'county', 2),
            ('shifeng', '石峰区', 'Shifeng District', 'county', 3),
            ('tianyuan', '天元区', 'Tianyuan District', 'county', 4),
            ('lukou', '渌口区', 'Lukou District', 'county', 5),
            ('liling', '醴陵市', 'Liling City', 'county', 6),
            ('youxian', '攸县', 'You County', 'county', 7),
            ('chaling', '茶陵县', 'Chaling County', 'county', 8),
            ('yanling', '炎陵县', 'Yanling County', 'county', 9)
            ) AS seeded
            JOIN district ON district.city_zh = '株洲市')"_s,
    };
}

} // namespace

Migration schemaVersion5()
{
    Migration step{5, statements()};
    step.postgresqlStatements = statements();
    for (const QString &table : {u"comparison_units"_s, u"peer_figures"_s})
        step.postgresqlStatements.append(
            uR"(CREATE TRIGGER announce_%1 AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
                ON %1 FOR EACH STATEMENT EXECUTE FUNCTION zhibiao_announce_commit())"_s.arg(table));
    return step;
}

} // namespace zhibiao
