#pragma once

#include "core/domain/district.h"

#include <optional>

namespace zhibiao {

class Database;

// Reads and writes the single district row of a database.
class DistrictRepository
{
public:
    explicit DistrictRepository(Database &database) : m_database(database) {}

    // nullopt for a database that has not been seeded yet.
    std::optional<District> load() const;
    void save(const District &district);

private:
    Database &m_database;
};

} // namespace zhibiao
