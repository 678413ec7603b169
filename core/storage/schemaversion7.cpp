#include "core/storage/schemaversion7.h"

namespace zhibiao {

namespace {

using namespace Qt::StringLiterals;

// The person's role, evaluated once per statement: a policy's scalar
// subquery is planned as an init plan, where a bare call would run for
// every row of a million-row import.
constexpr QStringView Role = u"(SELECT zhibiao_person_role())";

// Every table of the schema, each under row-level security.
const QStringList &allTables()
{
    static const QStringList tables = {
        u"district"_s,          u"indicators"_s,      u"indicator_aliases"_s,        u"targets"_s,
        u"target_criteria"_s,   u"change_sets"_s,     u"entry_revisions"_s,          u"comparison_units"_s,
        u"peer_figures"_s,      u"responsible_units"_s, u"indicator_responsibility"_s, u"approval_states"_s,
        u"approval_log"_s,      u"people"_s,          u"closing_dates"_s,            u"zhibiao_schema"_s,
    };
    return tables;
}

// What an administrator alone changes: the district, its indicators and
// targets, the units and who reports what, the people, the schema's own
// record.
const QStringList &managedByAdmins()
{
    static const QStringList tables = {
        u"district"_s,          u"indicators"_s,        u"indicator_aliases"_s,        u"targets"_s,
        u"target_criteria"_s,   u"comparison_units"_s,  u"responsible_units"_s,        u"indicator_responsibility"_s,
        u"people"_s,            u"zhibiao_schema"_s,
    };
    return tables;
}

QStringList functions()
{
    return {
        // Who the session is: the schema's owner (or a superuser) is an
        // administrator, a login in people has its role there, anyone else
        // only reads. ApprovalRepository::currentApprover asks the same.
        uR"(CREATE FUNCTION zhibiao_person_role() RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
                SELECT CASE
                    WHEN pg_has_role(session_user, (SELECT tableowner FROM pg_catalog.pg_tables
                                                    WHERE schemaname = current_schema() AND tablename = 'people'),
                                     'MEMBER') THEN 'admin'
                    ELSE coalesce((SELECT p.role FROM people AS p WHERE p.login = CAST(session_user AS text)),
                                  'viewer')
                END
            $$)"_s,
        // Whether the session is a clerk of the unit that reports the
        // indicator in the year (an assignment holds from its year until
        // changed, as ApprovalRepository::responsibilities reads it).
        uR"(CREATE FUNCTION zhibiao_reports_own_unit(of_indicator bigint, of_year integer) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
                SELECT coalesce(
                    (SELECT r.unit FROM indicator_responsibility AS r
                     WHERE r.indicator = of_indicator AND r.year <= of_year
                     ORDER BY r.year DESC LIMIT 1)
                    = (SELECT p.unit FROM people AS p
                       WHERE p.login = CAST(session_user AS text) AND p.role = 'clerk'),
                    false)
            $$)"_s,
        // Whether a clerk may still enter the month's figures of the
        // indicator: before its closing date, or after it once a reviewer
        // returned or reopened it (ApprovalRules::entryRefusal).
        uR"(CREATE FUNCTION zhibiao_entry_open(of_indicator bigint, of_year integer, of_month integer) RETURNS boolean
            LANGUAGE sql STABLE SECURITY DEFINER AS $$
                SELECT NOT EXISTS (SELECT 1 FROM closing_dates AS c
                                   WHERE c.year = of_year AND c.month = of_month
                                     AND CAST(c.closes_on AS date) < current_date)
                    OR EXISTS (SELECT 1 FROM approval_states AS s
                               WHERE s.indicator = of_indicator AND s.year = of_year AND s.month = of_month
                                 AND s.state IN ('returned', 'reopened'))
            $$)"_s,
        // The privileges of a person's role, from their row in people (none
        // without one): everyone reads; a clerk, a reviewer and an
        // administrator add figures and change states; a reviewer also the
        // city's table and the closing dates; an administrator the rest.
        // The policies then say which rows. Nobody changes the log. Run by
        // the schema's owner (zhibiao user add, user remove), and again by
        // a later step that adds a table.
        uR"(CREATE FUNCTION zhibiao_grant_privileges(person text) RETURNS void
            LANGUAGE plpgsql AS $$
            DECLARE
                person_role text;
            BEGIN
                SELECT p.role INTO person_role FROM people AS p WHERE p.login = person;
                EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), person);
                EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), person);
                IF person_role IS NULL THEN
                    EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM %I', current_schema(), person);
                    RETURN;
                END IF;
                EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), person);
                EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), person);
                EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), person);
                IF person_role IN ('clerk', 'reviewer', 'admin') THEN
                    EXECUTE format('GRANT INSERT ON change_sets, entry_revisions, approval_log TO %I', person);
                    EXECUTE format('GRANT INSERT, UPDATE ON approval_states TO %I', person);
                END IF;
                IF person_role IN ('reviewer', 'admin') THEN
                    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON peer_figures, closing_dates TO %I', person);
                END IF;
                IF person_role = 'admin' THEN
                    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON district, indicators, indicator_aliases, targets, '
                                   'target_criteria, comparison_units, responsible_units, indicator_responsibility, '
                                   'people, change_sets, entry_revisions, approval_states TO %I', person);
                END IF;
            END
            $$)"_s,
    };
}

// The functions find the schema's tables whatever the caller's search path.
QStringList pinnedSearchPaths()
{
    return {uR"(DO $$
        BEGIN
            EXECUTE format('ALTER FUNCTION zhibiao_person_role() SET search_path = %I, pg_temp', current_schema());
            EXECUTE format('ALTER FUNCTION zhibiao_reports_own_unit(bigint, integer) SET search_path = %I, pg_temp',
                           current_schema());
            EXECUTE format('ALTER FUNCTION zhibiao_entry_open(bigint, integer, integer) SET search_path = %I, pg_temp',
                           current_schema());
            EXECUTE format('ALTER FUNCTION zhibiao_grant_privileges(text) SET search_path = %I, pg_temp',
                           current_schema());
        END
        $$)"_s};
}

QString rolesAre(const QStringList &roles)
{
    QStringList quoted;
    for (const QString &role : roles)
        quoted.append(u'\'' + role + u'\'');
    return u"%1 IN (%2)"_s.arg(Role, quoted.join(u", "_s));
}

QStringList policies()
{
    QStringList statements;
    for (const QString &table : allTables()) {
        statements.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table));
        // The owner too: an application connecting as the owner would
        // otherwise pass every policy.
        statements.append(u"ALTER TABLE %1 FORCE ROW LEVEL SECURITY"_s.arg(table));
        statements.append(u"CREATE POLICY read_by_all ON %1 FOR SELECT USING (true)"_s.arg(table));
    }
    const QString admin = rolesAre({u"admin"_s});
    for (const QString &table : managedByAdmins())
        statements.append(u"CREATE POLICY managed_by_admins ON %1 USING (%2) WITH CHECK (%2)"_s.arg(table, admin));

    // The statistics bureau types the city's table and sets closing dates.
    const QString reviewers = rolesAre({u"reviewer"_s, u"admin"_s});
    for (const QString &table : {u"peer_figures"_s, u"closing_dates"_s})
        statements.append(u"CREATE POLICY managed_by_reviewers ON %1 USING (%2) WITH CHECK (%2)"_s.arg(table, reviewers));

    // Figures: an administrator may correct any revision; a reviewer adds
    // any; a clerk adds their unit's, while the month is open to them.
    // An approved month is refused by its own trigger for everyone.
    const QString clerk = rolesAre({u"clerk"_s});
    for (const QString &table : {u"change_sets"_s, u"entry_revisions"_s})
        statements.append(u"CREATE POLICY corrected_by_admins ON %1 USING (%2) WITH CHECK (%2)"_s.arg(table, admin));
    statements.append(u"CREATE POLICY stamped_by_enterers ON change_sets FOR INSERT WITH CHECK (%1)"_s.arg(
        rolesAre({u"clerk"_s, u"reviewer"_s})));
    statements.append(u"CREATE POLICY entered_by_reviewers ON entry_revisions FOR INSERT WITH CHECK (%1)"_s.arg(
        rolesAre({u"reviewer"_s})));
    statements.append(u"CREATE POLICY entered_by_own_clerks ON entry_revisions FOR INSERT WITH CHECK "
                      u"(%1 AND zhibiao_reports_own_unit(indicator, year) AND zhibiao_entry_open(indicator, year, month))"_s
                          .arg(clerk));

    // States: a reviewer moves any, in their own name; a clerk only
    // submits their unit's, from a state that is with the unit (never an
    // approved one). An administrator may set any (a copy, a repair).
    const QString ownName = u"acted_by = CAST(session_user AS text)"_s;
    const QString clerksSubmission =
        u"%1 AND state = 'submitted' AND %2 AND zhibiao_reports_own_unit(indicator, year)"_s.arg(clerk, ownName);
    statements.append(u"CREATE POLICY managed_by_admins ON approval_states USING (%1) WITH CHECK (%1)"_s.arg(admin));
    statements.append(u"CREATE POLICY reviewed_added ON approval_states FOR INSERT WITH CHECK (%1 AND %2)"_s.arg(
        rolesAre({u"reviewer"_s}), ownName));
    statements.append(u"CREATE POLICY reviewed_changed ON approval_states FOR UPDATE USING (%1) WITH CHECK (%1 AND %2)"_s
                          .arg(rolesAre({u"reviewer"_s}), ownName));
    statements.append(u"CREATE POLICY submitted_added ON approval_states FOR INSERT WITH CHECK (%1)"_s.arg(
        clerksSubmission));
    statements.append(u"CREATE POLICY submitted_changed ON approval_states FOR UPDATE "
                      u"USING (%1 AND state IN ('open', 'returned', 'reopened') "
                      u"AND zhibiao_reports_own_unit(indicator, year)) WITH CHECK (%2)"_s.arg(clerk, clerksSubmission));

    // The log only grows (no policy lets anyone change or remove a row):
    // each transition in the name of whoever made it.
    statements.append(u"CREATE POLICY logged_by_admins ON approval_log FOR INSERT WITH CHECK (%1)"_s.arg(admin));
    statements.append(u"CREATE POLICY logged_by_reviewers ON approval_log FOR INSERT WITH CHECK (%1 AND %2)"_s.arg(
        rolesAre({u"reviewer"_s}), ownName));
    statements.append(u"CREATE POLICY logged_by_own_clerks ON approval_log FOR INSERT WITH CHECK "
                      u"(%1 AND action = 'submit' AND %2 AND zhibiao_reports_own_unit(indicator, year))"_s.arg(clerk,
                                                                                                              ownName));
    // People added before this step get their privileges.
    statements.append(u"SELECT zhibiao_grant_privileges(login) FROM people"_s);
    return statements;
}

} // namespace

Migration schemaVersion7()
{
    // Nothing on a file: its one user holds every role.
    Migration step{7, {u"SELECT 1"_s}};
    step.postgresqlStatements = functions() + pinnedSearchPaths() + policies();
    return step;
}

} // namespace zhibiao
