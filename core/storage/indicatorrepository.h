#pragma once

#include "core/domain/indicator.h"

#include <QList>

#include <optional>

namespace zhibiao {

class Database;

// The gateway to the indicators table: every read and write of indicator
// definitions goes through here.
class IndicatorRepository
{
public:
    explicit IndicatorRepository(Database &database) : m_database(database) {}

    // In display order (sort_order, then code).
    QList<Indicator> all() const;
    std::optional<Indicator> find(const QString &code) const;
    // Inserts, or replaces the definition with the same code.
    void save(const Indicator &indicator);

private:
    Database &m_database;
};

} // namespace zhibiao
