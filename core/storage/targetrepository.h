#pragma once

#include "core/domain/target.h"

#include <QList>

namespace zhibiao {

class Database;

// The gateway to a year's targets and their criteria.
class TargetRepository
{
public:
    explicit TargetRepository(Database &database) : m_database(database) {}

    // The year's targets in document order, each with its criteria.
    QList<Target> forYear(int year) const;
    // Years that have targets, ascending.
    QList<int> years() const;
    // Replaces all targets of year in one transaction. Every target's year
    // must be year.
    void replaceYear(int year, const QList<Target> &targets);

private:
    Database &m_database;
};

} // namespace zhibiao
