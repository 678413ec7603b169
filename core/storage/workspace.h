#pragma once

#include "core/domain/district.h"
#include "core/storage/approvalrepository.h"
#include "core/storage/connectionkeeper.h"
#include "core/storage/database.h"
#include "core/storage/datachangewatcher.h"
#include "core/storage/comparisonrepository.h"
#include "core/storage/districtrepository.h"
#include "core/storage/entryrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/seed.h"
#include "core/storage/targetrepository.h"

#include <QString>

#include <functional>

namespace zhibiao {


// Everything one open database offers, in one place: the database and a
// gateway per collection. A window or a command-line action holds one Workspace.
class Workspace
{
public:
    // Opens path; a new or empty file is created and filled from the seed,
    // by default the bundled 2022 Lukou one. backupsToKeep is for the backup
    // before a migration (see Database). Throws StorageError (see Database).
    explicit Workspace(const QString &path, const std::function<Seed()> &seedForNewFile = bundledSeed,
                       int backupsToKeep = BackupSet::DefaultKeep);
    // Opens location, a file as above or a server's database, which must
    // hold a Zhibiao schema of this version unless schemaChanges allows
    // creating (and seeding) or upgrading it (`zhibiao server init`).
    explicit Workspace(const DatabaseLocation &location, const std::function<Seed()> &seedForNewFile = bundledSeed,
                       int backupsToKeep = BackupSet::DefaultKeep,
                       Database::SchemaChanges schemaChanges = Database::SchemaChanges::OnFilesOnly);

    Database &database() { return m_database; }
    const District &district() const { return m_district; }
    // Stores district (its one row, in a transaction) and keeps it; throws
    // StorageError having changed nothing (a read-only file, a lost server).
    void setDistrict(const District &district);
    IndicatorRepository &indicators() { return m_indicators; }
    TargetRepository &targets() { return m_targets; }
    EntryRepository &entries() { return m_entries; }
    ComparisonRepository &comparison() { return m_comparison; }
    ApprovalRepository &approvals() { return m_approvals; }
    // Says when another window or program committed to the file. It polls
    // while an event loop runs (a command-line action runs none).
    DataChangeWatcher &changes() { return m_changes; }
    // Says when the connection to a server was lost and when it is back
    // (it looks while an event loop runs); then the watcher listens again
    // and reports a change, so that screens read everything again.
    ConnectionKeeper &connection() { return m_connection; }

    // True when this opening found the database new and filled it from the seed.
    bool wasSeeded() const { return m_seeded; }

    // Reads again what is kept in memory (the district) after the file's
    // content was replaced under the open connection, as by a restore, or
    // another window or user changed it.
    void reload();

private:
    Database m_database;
    bool m_seeded = false;
    IndicatorRepository m_indicators;
    TargetRepository m_targets;
    EntryRepository m_entries;
    ComparisonRepository m_comparison;
    ApprovalRepository m_approvals;
    District m_district;
    DataChangeWatcher m_changes;
    ConnectionKeeper m_connection;
};

} // namespace zhibiao
