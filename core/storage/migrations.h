#pragma once

#include <QStringList>

#include <span>

namespace zhibiao {

// One step of the schema's history. Steps run in order, each in its own
// transaction together with the new PRAGMA user_version, so a file is always
// at exactly one version. Never edit a released step: add a new one.
struct Migration
{
    int version; // user_version after this step
    QStringList statements;
    // The step rebuilds tables that others refer to (SQLite's way: a new
    // table, the rows copied, the old one dropped, the new one renamed).
    // References are then not checked while it runs, and all of them are
    // checked before it commits.
    bool rebuildsTables = false;
};

std::span<const Migration> migrations();
int latestSchemaVersion();

// PRAGMA application_id of every Zhibiao file ("ZHIB"); tells our files from
// other programs' SQLite databases.
inline constexpr int ApplicationId = 0x5A484942;

} // namespace zhibiao
