#pragma once

#include "core/storage/databaselocation.h"

#include <QStringList>

#include <span>

namespace zhibiao {

// One step of the schema's history. Steps run in order, each in its own
// transaction together with the new version, so a database is always at
// exactly one version. Never edit a released step: add a new one.
// Statements are written once for both engines, with placeholders for the
// few types and clauses they spell differently (DatabaseEngine::
// schemaStatement).
struct Migration
{
    int version; // the schema version after this step
    QStringList statements;
    // When not empty, what PostgreSQL runs instead: for a step whose
    // SQLite procedure has no PostgreSQL equivalent (a table rebuild that
    // relies on references by name).
    QStringList postgresqlStatements = {};
    // The step rebuilds tables that others refer to (SQLite's way: a new
    // table, the rows copied, the old one dropped, the new one renamed).
    // References are then not checked while it runs, and all of them are
    // checked before it commits.
    bool rebuildsTables = false;

    const QStringList &statementsFor(Engine engine) const
    {
        return engine == Engine::PostgreSql && !postgresqlStatements.isEmpty() ? postgresqlStatements : statements;
    }
};

std::span<const Migration> migrations();
int latestSchemaVersion();

// PRAGMA application_id of every Zhibiao file ("ZHIB"), kept in
// zhibiao_schema on a server; tells our databases from other programs'.
inline constexpr int ApplicationId = 0x5A484942;

} // namespace zhibiao
