#include "core/storage/workspace.h"

#include "core/storage/seed.h"
#include "core/storage/storageerror.h"

namespace zhibiao {

namespace {

District loadOrSeed(Database &database, const std::function<Seed()> &seedForNewFile, bool &seeded)
{
    DistrictRepository districts(database);
    // A file without its district row is new (or its creation was cut short
    // before the seed committed): seed it now, exactly once.
    if (const auto district = districts.load())
        return *district;
    if (database.isReadOnly())
        throw StorageError(StorageError::Code::ReadOnly,
                           Database::tr("%1 is read-only and was never set up completely (it names no district), "
                                        "so it cannot be shown. Open it once where it may be written.")
                               .arg(database.location().displayName()));
    const Seed seed = seedForNewFile();
    writeSeed(database, seed);
    seeded = true;
    return seed.district;
}

} // namespace

Workspace::Workspace(const QString &path, const std::function<Seed()> &seedForNewFile, int backupsToKeep)
    : Workspace(DatabaseLocation::file(path), seedForNewFile, backupsToKeep)
{
}

Workspace::Workspace(const DatabaseLocation &location, const std::function<Seed()> &seedForNewFile,
                     int backupsToKeep, Database::SchemaChanges schemaChanges)
    : m_database(location, migrations(), backupsToKeep, schemaChanges)
    , m_indicators(m_database)
    , m_targets(m_database)
    , m_entries(m_database)
    , m_comparison(m_database)
    , m_approvals(m_database)
    , m_district(loadOrSeed(m_database, seedForNewFile, m_seeded))
    , m_changes(m_database)
    , m_connection(m_database)
{
    m_changes.start();
    m_connection.start();
    QObject::connect(&m_connection, &ConnectionKeeper::restored, &m_changes, &DataChangeWatcher::resume);
}

void Workspace::setDistrict(const District &district)
{
    DistrictRepository(m_database).save(district);
    m_district = district; // after the commit: a refused write leaves the old one
}

void Workspace::reload()
{
    // A restored backup always has its district row (BackupCheck found a
    // Zhibiao file), but seed rather than fail if a very early one lacks it.
    m_district = loadOrSeed(m_database, bundledSeed, m_seeded);
}

} // namespace zhibiao
